// GET /loan/overview in one read: pre-approval, the application to show, the credit line, loans.
import type { LoanOverview } from '../../../src/contract/loans'
import { findLatestLine, toCreditLineView } from './credit-lines'
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
  }
}
