// The bank's debit run, as the contract promises: on each due date at AUTO_DEBIT_MINUTES (Beijing) the
// instalment is taken from the loan's card. The mock runs it lazily: before anything reads or changes a
// customer's loans, every debit whose time has come (on the mock's clock) is made, in order, once.
// A sample card with too little money fails: the instalment stays unpaid and turns overdue.
import { AUTO_DEBIT_MINUTES } from '../../../src/contract/constants'
import { beijingDate, beijingInstant } from '../../../src/utils/beijing-time'
import { findApplication } from './applications'
import { cardHash, LOW_BALANCE_SAMPLE_CARDS } from './card'
import { findLine } from './credit-lines'
import type { Db } from '../db'
import { findLoan, type InstalmentRow, type LoanRow } from './loans'
import { payInstalment } from './repayments'

/** When the bank debits an instalment due on `dueDate`. */
export const debitTimeOf = (dueDate: string) => beijingInstant(dueDate, AUTO_DEBIT_MINUTES)

/** Whether the loan's card holds enough for an instalment (only the low-balance sample cards do not). */
function cardCovers(db: Db, loan: LoanRow, secret: string): boolean {
  const line = findLine(db, loan.credit_line_id)!
  const hash = findApplication(db, line.application_id)?.card_hash
  return !LOW_BALANCE_SAMPLE_CARDS.some((number) => cardHash(secret, number) === hash)
}

/** Unpaid, unattempted instalments of the customer's loans falling due on or before `today`. */
const pendingDebits = (db: Db, customerId: string, today: string) =>
  db
    .prepare(
      `SELECT i.* FROM loan_instalments i JOIN loans l ON l.id = i.loan_id
       WHERE l.customer_id = ? AND l.settled_at IS NULL AND i.paid_at IS NULL AND i.due_date <= ?
         AND NOT EXISTS (SELECT 1 FROM loan_debits d WHERE d.loan_id = i.loan_id AND d.idx = i.idx)
       ORDER BY i.loan_id, i.idx`,
    )
    .all(customerId, today) as InstalmentRow[]

/** Makes every debit of the customer's loans that is due by `nowMs` and not yet attempted. */
export function runDueDebits(db: Db, customerId: string, nowMs: number, secret: string): void {
  const today = beijingDate(nowMs)
  // Most reads find nothing due: only then is the write lock taken (and the question asked again in it).
  if (!pendingDebits(db, customerId, today).some((row) => debitTimeOf(row.due_date) <= nowMs)) return
  db.transaction(() => {
    const pending = pendingDebits(db, customerId, today)
    const attempt = db.prepare('INSERT INTO loan_debits (loan_id, idx, attempted_at, ok) VALUES (?, ?, ?, ?)')
    for (const row of pending) {
      const at = debitTimeOf(row.due_date)
      if (at > nowMs) continue
      const loan = findLoan(db, row.loan_id)!
      if (loan.settled_at !== null) continue
      // Instalments are paid in order: while an earlier one is unpaid, a later debit cannot be applied.
      const earlierUnpaid = db
        .prepare('SELECT 1 FROM loan_instalments WHERE loan_id = ? AND idx < ? AND paid_at IS NULL')
        .get(row.loan_id, row.idx)
      const ok = !earlierUnpaid && cardCovers(db, loan, secret)
      attempt.run(row.loan_id, row.idx, at, ok ? 1 : 0)
      if (ok) payInstalment(db, loan, row, { penaltyFen: 0, channel: 'auto-debit' }, at)
    }
  }).immediate()
}
