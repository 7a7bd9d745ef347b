// Drawing money from the credit line. Everything happens in ONE immediate transaction (SQLite's
// write lock is taken before the first read), so two drawdowns can never both see the same
// available amount: SUM(outstanding principal of active loans) == used_fen <= limit_fen, always.
import { randomUUID } from 'node:crypto'
import { beijingDate } from '../../../src/utils/beijing-time'
import { buildSchedule, type RepaymentMethod } from '../../../src/utils/loan-schedule'
import { bankError } from '../../errors'
import { changeUsed, findLatestLine, isLineExpired, lineExpired } from './credit-lines'
import { yuanText } from '../../../src/utils/rule-text'
import type { Db } from '../db'
import { findApplication } from './applications'
import { amountTermErrors, throwIfFieldErrors } from './field-checks'
import { countLineLoans, insertLoan } from './loans'
import { smsCodeError, type CheckCodeResult, type SmsRefusal } from '../auth/sms'

/** A drawdown request of a customer. */
export interface DrawdownInput {
  customerId: string
  amountFen: number
  termMonths: number
  method: RepaymentMethod
  nowMs: number
}

/**
 * The customer's confirmation, checked last inside the transaction: the route passes the SMS-code
 * check, so a code is used up only by a drawdown that succeeds.
 */
export type ConfirmDrawdown = () => CheckCodeResult

/**
 * Draws and returns the new loan's id: 409 NO_CREDIT_LINE, 422 APPROVAL_EXPIRED (line past its last
 * day), 400 amount/term, 409 LIMIT_INSUFFICIENT (details.availableFen), then the confirmation,
 * refused after the transaction commits so a wrong code stays counted. The schedule starts today
 * (Beijing) and the money arrives at once.
 */
export function drawdown(db: Db, input: DrawdownInput, confirm: ConfirmDrawdown): string {
  const outcome = db
    .transaction((): { kind: 'drawn'; loanId: string } | SmsRefusal => {
      const { customerId, amountFen, termMonths, method, nowMs } = input
      const line = findLatestLine(db, customerId)
      if (!line) throw bankError('NO_CREDIT_LINE')
      if (isLineExpired(line, nowMs)) throw lineExpired()
      throwIfFieldErrors(amountTermErrors(amountFen, termMonths))
      const availableFen = line.limit_fen - line.used_fen
      if (amountFen > availableFen)
        throw bankError('LIMIT_INSUFFICIENT', {
          message: `借款金额不能超过可用额度${yuanText(availableFen)}`,
          details: {
            availableFen,
            fields: [{ field: 'amountFen', message: `借款金额不能超过可用额度${yuanText(availableFen)}` }],
          },
        })
      const confirmation = confirm()
      if (confirmation.kind !== 'ok') return confirmation
      const schedule = buildSchedule({
        principalFen: amountFen,
        aprBp: line.apr_bp,
        termMonths,
        method,
        startDate: beijingDate(nowMs),
      })
      // The first loan of a line counts from the application; later ones from the drawdown code.
      const requestedAt =
        countLineLoans(db, line.id) === 0
          ? findApplication(db, line.application_id)!.created_at
          : confirmation.sentAt
      const loanId = `ln_${randomUUID()}`
      insertLoan(db, {
        id: loanId,
        creditLineId: line.id,
        customerId,
        schedule,
        requestedAt,
        fundedAt: nowMs,
      })
      changeUsed(db, line.id, amountFen)
      return { kind: 'drawn', loanId }
    })
    .immediate()
  if (outcome.kind !== 'drawn') throw smsCodeError(outcome, 'smsCode')
  return outcome.loanId
}
