// The Sunshine e-loan: overview and documents, the application step by step, signing, drawdown,
// loans and repayment. Every figure is the store's; every change answers the record as it now is.
import type { FastifyInstance } from 'fastify'
import { nowMs } from '../deps'
import { BusinessError, bankError } from '../errors'
import type { EndpointHandlers } from '../http/endpoints'
import type { UserRow } from '../store/auth/users'
import { toApplicationView } from '../store/loans/application-view'
import { findOwnApplication, startApplication } from '../store/loans/applications'
import { CARD_CHECK_REFUSALS, cardHash, checkCard, saveCard } from '../store/loans/card'
import { assertRefusalsLeft, recordRefusal } from '../store/daily-refusals'
import { settlementCertificate } from '../store/loans/certificate'
import { applicationContract, loanContract } from '../store/loans/contract'
import { findLatestLine, isLineExpired, lineExpired } from '../store/loans/credit-lines'
import { LOAN_CONSENT_DOCS } from '../store/loans/documents'
import { agreeToDocument, saveDraft } from '../store/loans/draft-edits'
import { drawdown } from '../store/loans/drawdown'
import { createFaceChallenge, verifyFace } from '../store/loans/face'
import { findLoan, findOwnLoan, listLoans } from '../store/loans/loans'
import { loanOverview } from '../store/loans/overview'
import { runDueDebits } from '../store/loans/auto-debit'
import { quoteEarlyRepayment, repayEarly, repayInstalment } from '../store/loans/repayments'
import { findSignable, signApplication } from '../store/loans/signing'
import { submitApplication } from '../store/loans/submit'
import { toLoanSummary, toLoanView } from '../store/loans/view'
import { checkSmsCode, smsCodeError } from '../store/auth/sms'
import { maskPhone } from '../../src/utils/mask'
import { textCode } from './sms'

/** Handlers of the loan operations (customer role, but for the public documents). */
export function loanHandlers(app: FastifyInstance) {
  const { db } = app.deps
  /** The application as it now is, after the handler's change. */
  const current = (user: UserRow, id: string) =>
    toApplicationView(db, findOwnApplication(db, user.id, id), user, nowMs(app.deps))
  /** The bank's due-date debits of the customer's loans, made up to now before any loan read or change. */
  const debitDue = (user: UserRow) => runDueDebits(db, user.id, nowMs(app.deps), app.deps.secrets.data)
  const ownLoan = (user: UserRow, id: string) => {
    debitDue(user)
    return findOwnLoan(db, user.id, id)
  }
  // A repayment code confirms repayments of the loan it was sent for, no other.
  const repaymentCode = (user: UserRow, loanId: string, code: string) => () =>
    checkSmsCode(
      db,
      { phone: user.phone, code, purpose: 'loan-repayment', secret: app.deps.secrets.data, subject: loanId },
      nowMs(app.deps),
    )

  return {
    listLoanDocuments: () => ({ items: [...LOAN_CONSENT_DOCS] }),

    getLoanOverview: (request) => {
      debitDue(request.user!)
      return loanOverview(db, request.user!, nowMs(app.deps))
    },

    startLoanApplication: (request, reply) => {
      const now = nowMs(app.deps)
      const { created, row } = startApplication(db, request.user!, now)
      reply.code(created ? 201 : 200)
      return toApplicationView(db, row, request.user!, now)
    },

    getLoanApplication: (request) => current(request.user!, request.params.id),

    saveLoanDraft: (request) => {
      saveDraft(db, request.user!.id, request.params.id, request.body.fields, nowMs(app.deps))
      return current(request.user!, request.params.id)
    },

    saveLoanCard: (request, reply) => {
      const user = request.user!
      const { cardNumber, smsCode } = request.body
      const secret = app.deps.secrets.data
      const now = nowMs(app.deps)
      // The day's refusals are read and a refusal counted under one write lock, so parallel tries
      // cannot all read the old count; a counted refusal is answered after its count commits.
      const checked = db
        .transaction((): { phone: string } | { refused: BusinessError } => {
          assertRefusalsLeft(db, CARD_CHECK_REFUSALS, user.id, now)
          try {
            return { phone: checkCard(db, user, request.params.id, cardNumber, secret) }
          } catch (error) {
            if (!(error instanceof BusinessError) || error.code !== 'CARD_CHECK_FAILED') throw error
            recordRefusal(db, CARD_CHECK_REFUSALS, user.id, now)
            return { refused: error }
          }
        })
        .immediate()
      if ('refused' in checked) throw checked.refused
      const reservedPhone = checked.phone
      // The code confirms this card only: sent for one card, it binds no other.
      const subject = cardHash(secret, cardNumber)
      if (smsCode === undefined) {
        const sent = textCode(app, request, reservedPhone, 'card-bind', subject)
        reply.code(202)
        return { status: 'CODE_SENT' as const, phoneMasked: maskPhone(reservedPhone), ...sent }
      }
      // A wrong code stays counted: the refusal is answered after the transaction commits.
      const refusal = db
        .transaction(() => {
          const checked = checkSmsCode(
            db,
            { phone: reservedPhone, code: smsCode, purpose: 'card-bind', secret, subject },
            now,
          )
          if (checked.kind !== 'ok') return checked
          saveCard(db, user, request.params.id, cardNumber, secret)
          return null
        })
        .immediate()
      if (refusal) throw smsCodeError(refusal, 'smsCode')
      return current(user, request.params.id)
    },

    agreeToLoanDocument: (request) => {
      const { documentId, version } = request.body
      agreeToDocument(db, request.user!.id, request.params.id, documentId, version, nowMs(app.deps))
      return current(request.user!, request.params.id)
    },

    createFaceChallenge: (request) =>
      createFaceChallenge(db, request.user!.id, request.params.id, nowMs(app.deps)),

    verifyFace: (request) => {
      const { challengeId, digits } = request.body
      verifyFace(db, request.user!.id, request.params.id, challengeId, digits, nowMs(app.deps))
      return current(request.user!, request.params.id)
    },

    submitLoanApplication: (request) => {
      const now = nowMs(app.deps)
      const row = submitApplication(db, request.user!, request.params.id, request.body, now)
      return toApplicationView(db, row, request.user!, now)
    },

    getApplicationContract: (request) => {
      const row = findOwnApplication(db, request.user!.id, request.params.id)
      return applicationContract(row, request.user!, nowMs(app.deps))
    },

    sendSignCode: (request) => {
      findSignable(db, request.user!.id, request.params.id, nowMs(app.deps))
      return textCode(app, request, request.user!.phone, 'loan-sign')
    },

    signLoanContract: (request) => {
      const now = nowMs(app.deps)
      const row = signApplication(
        db,
        request.user!,
        request.params.id,
        request.body,
        now,
        app.deps.secrets.data,
      )
      return toApplicationView(db, row, request.user!, now)
    },

    sendDrawdownCode: (request) => {
      const line = findLatestLine(db, request.user!.id)
      if (!line) throw bankError('NO_CREDIT_LINE')
      if (isLineExpired(line, nowMs(app.deps))) throw lineExpired()
      return textCode(app, request, request.user!.phone, 'loan-drawdown')
    },

    drawdown: (request) => {
      const user = request.user!
      // Principal a due-date debit gives back is available before the new loan is weighed.
      debitDue(user)
      const now = nowMs(app.deps)
      const { amountFen, termMonths, method, smsCode } = request.body
      const loanId = drawdown(db, { customerId: user.id, amountFen, termMonths, method, nowMs: now }, () =>
        checkSmsCode(
          db,
          { phone: user.phone, code: smsCode, purpose: 'loan-drawdown', secret: app.deps.secrets.data },
          now,
        ),
      )
      return toLoanView(db, findLoan(db, loanId)!, now)
    },

    listLoans: (request) => {
      debitDue(request.user!)
      const now = nowMs(app.deps)
      return { items: listLoans(db, request.user!.id).map((loan) => toLoanSummary(db, loan, now)) }
    },

    getLoan: (request) => toLoanView(db, ownLoan(request.user!, request.params.id), nowMs(app.deps)),

    sendRepaymentCode: (request) => {
      const loan = ownLoan(request.user!, request.params.id)
      if (loan.settled_at !== null) throw bankError('LOAN_SETTLED')
      return textCode(app, request, request.user!.phone, 'loan-repayment', loan.id)
    },

    repayInstalment: (request) => {
      const user = request.user!
      debitDue(user)
      const now = nowMs(app.deps)
      const { index, expectedFen, smsCode } = request.body
      const loan = repayInstalment(
        db,
        { customerId: user.id, loanId: request.params.id, index, expectedFen, nowMs: now },
        repaymentCode(user, request.params.id, smsCode),
      )
      return toLoanView(db, loan, now)
    },

    getEarlyRepaymentQuote: (request) =>
      quoteEarlyRepayment(db, ownLoan(request.user!, request.params.id), nowMs(app.deps)),

    repayEarly: (request) => {
      const user = request.user!
      debitDue(user)
      const now = nowMs(app.deps)
      const { expectedTotalFen, smsCode } = request.body
      const loan = repayEarly(
        db,
        { customerId: user.id, loanId: request.params.id, expectedTotalFen, nowMs: now },
        repaymentCode(user, request.params.id, smsCode),
      )
      return toLoanView(db, loan, now)
    },

    getLoanContract: (request) => loanContract(db, ownLoan(request.user!, request.params.id), request.user!),

    getSettlementCertificate: (request) =>
      settlementCertificate(db, ownLoan(request.user!, request.params.id), request.user!),
  } satisfies Partial<EndpointHandlers>
}
