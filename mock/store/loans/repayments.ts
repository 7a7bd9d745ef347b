// Repaying: an instalment on or after its due date (earliest first, with penalty interest when overdue),
// or everything ahead of schedule at the quoted total. Repaid principal becomes available on the line
// again; the last payment settles the loan. The customer's SMS code is checked last, so a code is spent
// only by a repayment that goes through.
import type { EarlyRepaymentQuoteResult } from '../../../src/contract/loans'
import { beijingDate } from '../../../src/utils/beijing-time'
import { formatDayLabel } from '../../../src/utils/date-text'
import { earlyRepaymentQuote } from '../../../src/utils/loan-schedule'
import { yuanText } from '../../../src/utils/rule-text'
import { bankError } from '../../errors'
import { smsCodeError, type CheckCodeResult, type SmsRefusal } from '../auth/sms'
import { changeUsed, findLine } from './credit-lines'
import type { Db } from '../db'
import { daysOverdue, penaltyInterestFen } from './penalty'
import { nextLoanNumber } from './sequences'
import {
  findLoan,
  findOwnLoan,
  listInstalments,
  listRepayments,
  recordRepayment,
  scheduleOf,
  type InstalmentRow,
  type LoanRow,
} from './loans'

/** The customer's confirmation (the SMS code check), run last inside the transaction. */
export type ConfirmRepayment = () => CheckCodeResult

/** Marks the loan settled and gives it its settlement-certificate number. */
function settle(db: Db, loanId: string, nowMs: number): void {
  db.prepare('UPDATE loans SET settled_at = ?, certificate_number = ? WHERE id = ?').run(
    nowMs,
    nextLoanNumber(db, 'JQZM', nowMs),
    loanId,
  )
}

/** Penalty interest an unpaid instalment owes on `today`. */
export function penaltyDue(loan: LoanRow, row: InstalmentRow, today: string): { days: number; fen: number } {
  const days = daysOverdue(row.due_date, today)
  return { days, fen: penaltyInterestFen(row.principal_fen, loan.apr_bp, days) }
}

/**
 * Records instalment `row` as paid at `atMs` (by the customer in the app, or by the card debit), gives
 * its principal back to the line and settles the loan after its last instalment. Call in a transaction.
 */
export function payInstalment(
  db: Db,
  loan: LoanRow,
  row: InstalmentRow,
  how: { penaltyFen: number; channel: 'app' | 'auto-debit' },
  atMs: number,
): void {
  db.prepare('UPDATE loan_instalments SET paid_at = ? WHERE loan_id = ? AND idx = ?').run(
    atMs,
    loan.id,
    row.idx,
  )
  recordRepayment(db, {
    loanId: loan.id,
    kind: 'instalment',
    index: row.idx,
    principalFen: row.principal_fen,
    interestFen: row.interest_fen,
    penaltyFen: how.penaltyFen,
    channel: how.channel,
    paidAt: atMs,
  })
  changeUsed(db, loan.credit_line_id, -row.principal_fen)
  const left = db
    .prepare('SELECT COUNT(*) AS n FROM loan_instalments WHERE loan_id = ? AND paid_at IS NULL')
    .get(loan.id) as { n: number }
  if (left.n === 0) settle(db, loan.id, atMs)
}

/**
 * Pays instalment `index` now: payment plus penalty interest to date, if `expectedFen` is still that
 * amount. 409 LOAN_SETTLED; 422 INSTALMENT_NOT_NEXT unless it is the earliest unpaid one; 422
 * INSTALMENT_NOT_DUE before its due date (paying ahead is the early repayment); 409 QUOTE_CHANGED
 * (details.totalFen) when the amount moved on; then the confirmation.
 */
export function repayInstalment(
  db: Db,
  input: { customerId: string; loanId: string; index: number; expectedFen: number; nowMs: number },
  confirm: ConfirmRepayment,
): LoanRow {
  const outcome = db
    .transaction((): { kind: 'paid' } | SmsRefusal => {
      const { customerId, loanId, index, expectedFen, nowMs } = input
      const loan = findOwnLoan(db, customerId, loanId)
      if (loan.settled_at !== null) throw bankError('LOAN_SETTLED')
      const rows = listInstalments(db, loanId)
      const next = rows.find((r) => r.paid_at === null)!
      const asked = rows.find((r) => r.idx === index)
      if (asked?.paid_at != null) {
        const how = listRepayments(db, loanId).find((r) => r.instalment_index === index)
        const card = findLine(db, loan.credit_line_id)!.card_last_four
        throw bankError('INSTALMENT_ALREADY_PAID', {
          message:
            how?.channel === 'auto-debit'
              ? `第${index}期已于还款日从尾号${card}的卡自动扣款，无需再还`
              : `第${index}期已还款`,
          details: { index },
        })
      }
      if (index !== next.idx)
        throw bankError('INSTALMENT_NOT_NEXT', {
          message: `请先归还第${next.idx}期`,
          details: { index: next.idx, fields: [{ field: 'index', message: `请先归还第${next.idx}期` }] },
        })
      const today = beijingDate(nowMs)
      if (next.due_date > today) {
        const card = findLine(db, loan.credit_line_id)!.card_last_four
        throw bankError('INSTALMENT_NOT_DUE', {
          message: `第${next.idx}期的还款日是${formatDayLabel(next.due_date)}，届时将从尾号${card}的卡自动扣款；如需现在还款，请使用提前还款`,
          details: { index: next.idx },
        })
      }
      const penalty = penaltyDue(loan, next, today)
      const dueFen = next.payment_fen + penalty.fen
      if (expectedFen !== dueFen)
        throw bankError('QUOTE_CHANGED', {
          message: `应还金额已更新为${yuanText(dueFen)}，请确认后再还款`,
          details: { totalFen: dueFen },
        })
      const confirmation = confirm()
      if (confirmation.kind !== 'ok') return confirmation
      payInstalment(db, loan, next, { penaltyFen: penalty.fen, channel: 'app' }, nowMs)
      return { kind: 'paid' }
    })
    .immediate()
  if (outcome.kind !== 'paid') throw smsCodeError(outcome, 'smsCode')
  return findLoan(db, input.loanId)!
}

/**
 * What repaying everything today costs. 409 LOAN_SETTLED; 409 INSTALMENT_DUE_FIRST when the next
 * instalment falls due today or earlier (it must be paid as an instalment first).
 */
export function quoteEarlyRepayment(db: Db, loan: LoanRow, nowMs: number): EarlyRepaymentQuoteResult {
  if (loan.settled_at !== null) throw bankError('LOAN_SETTLED')
  const rows = listInstalments(db, loan.id)
  const today = beijingDate(nowMs)
  const paid = rows.filter((r) => r.paid_at !== null).length
  const next = rows[paid]
  if (next.due_date <= today)
    throw bankError('INSTALMENT_DUE_FIRST', {
      message: `第${next.idx}期已到还款日，请先归还该期后再提前还款`,
      details: { index: next.idx },
    })
  // An instalment paid before its due date already paid interest up to that date: accrual starts there.
  const lastPaidDue = rows[paid - 1]?.due_date
  const accrueTo = lastPaidDue && lastPaidDue > today ? lastPaidDue : today
  const quote = earlyRepaymentQuote({
    schedule: scheduleOf(loan, rows),
    paidInstalments: paid,
    dateIso: accrueTo,
  })
  const unpaidInterest = rows.slice(paid).reduce((sum, r) => sum + r.interest_fen, 0)
  return {
    asOf: today,
    ...quote,
    interestSavedFen: Math.max(0, unpaidInterest - quote.accruedInterestFen),
  }
}

/**
 * Repays the whole loan now if `expectedTotalFen` is still the quoted total (else 409 QUOTE_CHANGED
 * with details.totalFen), then the confirmation: every unpaid instalment is marked paid, the money
 * actually received (principal + accrued interest) is recorded, the line gets the principal back, the
 * loan is settled.
 */
export function repayEarly(
  db: Db,
  input: { customerId: string; loanId: string; expectedTotalFen: number; nowMs: number },
  confirm: ConfirmRepayment,
): LoanRow {
  const outcome = db
    .transaction((): { kind: 'settled' } | SmsRefusal => {
      const { customerId, loanId, expectedTotalFen, nowMs } = input
      const loan = findOwnLoan(db, customerId, loanId)
      const quote = quoteEarlyRepayment(db, loan, nowMs)
      if (expectedTotalFen !== quote.totalFen)
        throw bankError('QUOTE_CHANGED', { details: { totalFen: quote.totalFen } })
      const confirmation = confirm()
      if (confirmation.kind !== 'ok') return confirmation
      db.prepare('UPDATE loan_instalments SET paid_at = ? WHERE loan_id = ? AND paid_at IS NULL').run(
        nowMs,
        loanId,
      )
      recordRepayment(db, {
        loanId,
        kind: 'early',
        index: null,
        principalFen: quote.outstandingPrincipalFen,
        interestFen: quote.accruedInterestFen,
        penaltyFen: 0,
        channel: 'app',
        paidAt: nowMs,
      })
      changeUsed(db, loan.credit_line_id, -quote.outstandingPrincipalFen)
      settle(db, loanId, nowMs)
      return { kind: 'settled' }
    })
    .immediate()
  if (outcome.kind !== 'settled') throw smsCodeError(outcome, 'smsCode')
  return findLoan(db, input.loanId)!
}
