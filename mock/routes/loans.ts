// The Sunshine e-loan: overview and documents, the application step by step, signing, drawdown,
// loans and repayment. Every figure is the store's; every change answers the record as it now is.
import type { FastifyInstance } from 'fastify'
import { nowMs } from '../deps'
import { bankError } from '../errors'
import type { EndpointHandlers } from '../http/endpoints'
import type { UserRow } from '../store/auth/users'
import { toApplicationView } from '../store/loans/application-view'
import { findOwnApplication, startApplication } from '../store/loans/applications'
import { saveCard } from '../store/loans/card'
import { settlementCertificate } from '../store/loans/certificate'
import { applicationContract, loanContract } from '../store/loans/contract'
import { findLatestLine, isLineExpired, lineExpired } from '../store/loans/credit-lines'
import { LOAN_CONSENT_DOCS } from '../store/loans/documents'
import { agreeToDocument, saveDraft } from '../store/loans/draft-edits'
import { drawdown } from '../store/loans/drawdown'
import { createFaceChallenge, verifyFace } from '../store/loans/face'
import { findLoan, findOwnLoan, listLoans } from '../store/loans/loans'
import { loanOverview } from '../store/loans/overview'
import { quoteEarlyRepayment, repayEarly, repayInstalment } from '../store/loans/repayments'
import { findSignable, signApplication } from '../store/loans/signing'
import { submitApplication } from '../store/loans/submit'
import { toLoanSummary, toLoanView } from '../store/loans/view'
import { checkSmsCode } from '../store/auth/sms'
import { textCode } from './sms'

/** Handlers of the loan operations (customer role, but for the public documents). */
export function loanHandlers(app: FastifyInstance) {
  const { db } = app.deps
  /** The application as it now is, after the handler's change. */
  const current = (user: UserRow, id: string) =>
    toApplicationView(db, findOwnApplication(db, user.id, id), user, nowMs(app.deps))
  const ownLoan = (user: UserRow, id: string) => findOwnLoan(db, user.id, id)

  return {
    listLoanDocuments: async () => ({ items: [...LOAN_CONSENT_DOCS] }),

    getLoanOverview: async (request) => loanOverview(db, request.user!, nowMs(app.deps)),

    startLoanApplication: async (request, reply) => {
      const now = nowMs(app.deps)
      const { created, row } = startApplication(db, request.user!, now)
      reply.code(created ? 201 : 200)
      return toApplicationView(db, row, request.user!, now)
    },

    getLoanApplication: async (request) => current(request.user!, request.params.id),

    saveLoanDraft: async (request) => {
      saveDraft(db, request.user!.id, request.params.id, request.body.fields, nowMs(app.deps))
      return current(request.user!, request.params.id)
    },

    saveLoanCard: async (request) => {
      saveCard(db, request.user!.id, request.params.id, request.body.cardNumber)
      return current(request.user!, request.params.id)
    },

    agreeToLoanDocument: async (request) => {
      const { documentId, version } = request.body
      agreeToDocument(db, request.user!.id, request.params.id, documentId, version, nowMs(app.deps))
      return current(request.user!, request.params.id)
    },

    createFaceChallenge: async (request) =>
      createFaceChallenge(db, request.user!.id, request.params.id, nowMs(app.deps)),

    verifyFace: async (request) => {
      const { challengeId, digits } = request.body
      verifyFace(db, request.user!.id, request.params.id, challengeId, digits, nowMs(app.deps))
      return current(request.user!, request.params.id)
    },

    submitLoanApplication: async (request) => {
      const now = nowMs(app.deps)
      const row = submitApplication(db, request.user!, request.params.id, request.body, now)
      return toApplicationView(db, row, request.user!, now)
    },

    getApplicationContract: async (request) => {
      const row = findOwnApplication(db, request.user!.id, request.params.id)
      return applicationContract(row, request.user!, nowMs(app.deps))
    },

    sendSignCode: async (request) => {
      findSignable(db, request.user!.id, request.params.id, nowMs(app.deps))
      return textCode(app, request.user!.phone, 'loan-sign')
    },

    signLoanContract: async (request) => {
      const now = nowMs(app.deps)
      const row = signApplication(db, request.user!, request.params.id, request.body, now)
      return toApplicationView(db, row, request.user!, now)
    },

    sendDrawdownCode: async (request) => {
      const line = findLatestLine(db, request.user!.id)
      if (!line) throw bankError('NO_CREDIT_LINE')
      if (isLineExpired(line, nowMs(app.deps))) throw lineExpired()
      return textCode(app, request.user!.phone, 'loan-drawdown')
    },

    drawdown: async (request) => {
      const now = nowMs(app.deps)
      const user = request.user!
      const { amountFen, termMonths, method, smsCode } = request.body
      const loanId = drawdown(db, { customerId: user.id, amountFen, termMonths, method, nowMs: now }, () =>
        checkSmsCode(db, user.phone, smsCode, now, 'loan-drawdown'),
      )
      return toLoanView(db, findLoan(db, loanId)!, now)
    },

    listLoans: async (request) => {
      const now = nowMs(app.deps)
      return { items: listLoans(db, request.user!.id).map((loan) => toLoanSummary(db, loan, now)) }
    },

    getLoan: async (request) => toLoanView(db, ownLoan(request.user!, request.params.id), nowMs(app.deps)),

    repayInstalment: async (request) => {
      const now = nowMs(app.deps)
      const loan = repayInstalment(db, request.user!.id, request.params.id, request.body.index, now)
      return toLoanView(db, loan, now)
    },

    getEarlyRepaymentQuote: async (request) =>
      quoteEarlyRepayment(db, ownLoan(request.user!, request.params.id), nowMs(app.deps)),

    repayEarly: async (request) => {
      const now = nowMs(app.deps)
      const loan = repayEarly(db, request.user!.id, request.params.id, request.body.expectedTotalFen, now)
      return toLoanView(db, loan, now)
    },

    getLoanContract: async (request) =>
      loanContract(db, ownLoan(request.user!, request.params.id), request.user!),

    getSettlementCertificate: async (request) =>
      settlementCertificate(db, ownLoan(request.user!, request.params.id), request.user!),
  } satisfies Partial<EndpointHandlers>
}
