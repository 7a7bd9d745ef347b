// GET /loan/overview in one read: pre-approval, the application to show, the credit line, loans.
import type { LoanOverview, NextInstalment } from '../../../src/contract/loans'
import { beijingDate } from '../../../src/utils/beijing-time'
import { findLatestLine, toCreditLineView } from './credit-lines'
import { daysOverdue, penaltyInterestFen } from './penalty'
import type { Db } from '../db'
import { findOpenApplication, listApplications, reapplyBlockedUntil } from './applications'
import { toApplicationView } from './application-view'
import { findPreApproval } from '../auth/me-view'
import type { UserRow } from '../auth/users'

/** The overview: the open application, else the latest one (to show a decline or an expired offer). */
export function loanOverview(db: Db, user: UserRow, nowMs: number): LoanOverview {
  const application = findOpenApplication(db, user.id, nowMs) ?? listApplications(db, user.id)[0]
  const line = findLatestLine(db, user.id)
  const { n } = db
    .prepare(`SELECT COUNT(*) AS n FROM loans WHERE customer_id = ? AND settled_at IS NULL`)
    .get(user.id) as { n: number }
  return {
    preApproval: findPreApproval(db, user.id_number, user.real_name, nowMs),
    application: application ? toApplicationView(db, application, user, nowMs) : null,
    creditLine: line ? toCreditLineView(line, nowMs) : null,
    reapplyFrom: reapplyBlockedUntil(db, user.id, nowMs),
    activeLoans: n,
    nextInstalment: nextInstalment(db, user.id, nowMs),
  }
}

/** The earliest unpaid instalment of the customer's unsettled loans. */
function nextInstalment(db: Db, customerId: string, nowMs: number): NextInstalment | null {
  const row = db
    .prepare(
      `SELECT i.loan_id, i.idx, i.due_date, i.payment_fen, i.principal_fen, l.apr_bp FROM loan_instalments i
       JOIN loans l ON l.id = i.loan_id
       WHERE l.customer_id = ? AND l.settled_at IS NULL AND i.paid_at IS NULL
       ORDER BY i.due_date, i.idx LIMIT 1`,
    )
    .get(customerId) as
    | {
        loan_id: string
        idx: number
        due_date: string
        payment_fen: number
        principal_fen: number
        apr_bp: number
      }
    | undefined
  if (!row) return null
  const today = beijingDate(nowMs)
  return {
    loanId: row.loan_id,
    index: row.idx,
    dueDate: row.due_date,
    paymentFen: row.payment_fen,
    penaltyFen: penaltyInterestFen(row.principal_fen, row.apr_bp, daysOverdue(row.due_date, today)),
    overdue: row.due_date < today,
  }
}
