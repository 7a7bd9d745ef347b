// Repaying: one instalment at a time (earliest first), or everything early at the quoted total.
// Repaid principal becomes available on the line again; the last payment settles the loan.
import type { EarlyRepaymentQuoteResult } from '../../../src/contract/loans'
import { beijingDate } from '../../../src/utils/beijing-time'
import { earlyRepaymentQuote } from '../../../src/utils/loan-schedule'
import { bankError } from '../../errors'
import { changeUsed } from './credit-lines'
import type { Db } from '../db'
import { nextLoanNumber } from './sequences'
import { findLoan, findOwnLoan, listInstalments, recordRepayment, scheduleOf, type LoanRow } from './loans'

/** Marks the loan settled and gives it its settlement-certificate number. */
function settle(db: Db, loanId: string, nowMs: number): void {
  db.prepare('UPDATE loans SET settled_at = ?, certificate_number = ? WHERE id = ?').run(
    nowMs,
    nextLoanNumber(db, 'JQZM', nowMs),
    loanId,
  )
}

/**
 * Pays instalment `index` now at its scheduled amount. 409 LOAN_SETTLED; 422 on `index` unless it is
 * the earliest unpaid one (instalments are paid in order, so paid ones are always a prefix).
 */
export function repayInstalment(
  db: Db,
  customerId: string,
  loanId: string,
  index: number,
  nowMs: number,
): LoanRow {
  return db
    .transaction((): LoanRow => {
      const loan = findOwnLoan(db, customerId, loanId)
      if (loan.settled_at !== null) throw bankError('LOAN_SETTLED')
      const unpaid = listInstalments(db, loanId).filter((r) => r.paid_at === null)
      const next = unpaid[0]
      if (index !== next.idx)
        throw bankError('INSTALMENT_NOT_NEXT', {
          message: `请先归还第${next.idx}期`,
          details: { index: next.idx, fields: [{ field: 'index', message: `请先归还第${next.idx}期` }] },
        })
      db.prepare('UPDATE loan_instalments SET paid_at = ? WHERE loan_id = ? AND idx = ?').run(
        nowMs,
        loanId,
        index,
      )
      recordRepayment(db, {
        loanId,
        kind: 'instalment',
        index,
        principalFen: next.principal_fen,
        interestFen: next.interest_fen,
        paidAt: nowMs,
      })
      changeUsed(db, loan.credit_line_id, -next.principal_fen)
      if (unpaid.length === 1) settle(db, loanId, nowMs)
      return findLoan(db, loanId)!
    })
    .immediate()
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
 * with details.totalFen): every unpaid instalment is marked paid, the money actually received
 * (principal + accrued interest) is recorded, the line gets the principal back, the loan is settled.
 */
export function repayEarly(
  db: Db,
  customerId: string,
  loanId: string,
  expectedTotalFen: number,
  nowMs: number,
): LoanRow {
  return db
    .transaction((): LoanRow => {
      const loan = findOwnLoan(db, customerId, loanId)
      const quote = quoteEarlyRepayment(db, loan, nowMs)
      if (expectedTotalFen !== quote.totalFen)
        throw bankError('QUOTE_CHANGED', { details: { totalFen: quote.totalFen } })
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
        paidAt: nowMs,
      })
      changeUsed(db, loan.credit_line_id, -quote.outstandingPrincipalFen)
      settle(db, loanId, nowMs)
      return findLoan(db, loanId)!
    })
    .immediate()
}
