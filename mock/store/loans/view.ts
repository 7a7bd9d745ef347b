// Builds the Loan and LoanSummary views; instalment states are computed on read against the Beijing
// date, so an unpaid instalment turns overdue by itself when its due date passes.
import type { InstalmentStatus } from '../../../src/contract/constants'
import type { Loan, LoanInstalment, LoanSummary, LoanTimelineEntry } from '../../../src/contract/loans'
import { beijingDate } from '../../../src/utils/beijing-time'
import { findLine } from './credit-lines'
import type { Db } from '../db'
import { findApplication } from './applications'
import { interestPaidFen, listInstalments, type InstalmentRow, type LoanRow } from './loans'

const iso = (ms: number) => new Date(ms).toISOString()

/** paid | overdue (due date passed) | due (earliest unpaid not overdue) | upcoming. */
export function instalmentViews(rows: InstalmentRow[], nowMs: number): LoanInstalment[] {
  const today = beijingDate(nowMs)
  const dueIdx = rows.find((r) => r.paid_at === null && r.due_date >= today)?.idx
  return rows.map((r) => {
    const status: InstalmentStatus =
      r.paid_at !== null ? 'paid' : r.due_date < today ? 'overdue' : r.idx === dueIdx ? 'due' : 'upcoming'
    return {
      index: r.idx,
      dueDate: r.due_date,
      principalFen: r.principal_fen,
      interestFen: r.interest_fen,
      paymentFen: r.payment_fen,
      balanceAfterFen: r.balance_after_fen,
      status,
      paidAt: r.paid_at === null ? null : iso(r.paid_at),
    }
  })
}

/** Principal not yet repaid: the unpaid instalments' principal. */
export const outstandingOf = (rows: InstalmentRow[]) =>
  rows.filter((r) => r.paid_at === null).reduce((sum, r) => sum + r.principal_fen, 0)

function summaryOf(db: Db, loan: LoanRow, rows: InstalmentRow[], nowMs: number): LoanSummary {
  const instalments = instalmentViews(rows, nowMs)
  return {
    id: loan.id,
    contractNumber: findLine(db, loan.credit_line_id)!.contract_number,
    status: loan.settled_at === null ? 'active' : 'settled',
    principalFen: loan.principal_fen,
    outstandingPrincipalFen: outstandingOf(rows),
    aprBp: loan.apr_bp,
    termMonths: loan.term_months,
    method: loan.method,
    drawnAt: iso(loan.funded_at),
    settledAt: loan.settled_at === null ? null : iso(loan.settled_at),
    nextInstalment: instalments.find((i) => i.status !== 'paid') ?? null,
    overdueCount: instalments.filter((i) => i.status === 'overdue').length,
  }
}

/** A loan in a list. */
export function toLoanSummary(db: Db, loan: LoanRow, nowMs: number): LoanSummary {
  return summaryOf(db, loan, listInstalments(db, loan.id), nowMs)
}

/** From the application to the money: the line's application steps, then this loan's own. */
function timelineOf(db: Db, loan: LoanRow): LoanTimelineEntry[] {
  const app = findApplication(db, findLine(db, loan.credit_line_id)!.application_id)!
  const entries: [LoanTimelineEntry['id'], string, number | null][] = [
    ['applied', '提交申请', app.created_at],
    ['submitted', '资料提交', app.submitted_at],
    ['approved', '审批通过', app.decided_at],
    ['signed', '签署合同', app.signed_at],
    ['funded', '放款到账', loan.funded_at],
    ['settled', '已结清', loan.settled_at],
  ]
  return entries.filter(([, , at]) => at !== null).map(([id, title, at]) => ({ id, title, at: iso(at!) }))
}

/** A loan in full. */
export function toLoanView(db: Db, loan: LoanRow, nowMs: number): Loan {
  const rows = listInstalments(db, loan.id)
  const line = findLine(db, loan.credit_line_id)!
  return {
    ...summaryOf(db, loan, rows, nowMs),
    card: { numberMasked: line.card_masked, lastFour: line.card_last_four, bankName: line.card_bank },
    startDate: loan.start_date,
    totalInterestFen: loan.total_interest_fen,
    totalPaymentFen: loan.principal_fen + loan.total_interest_fen,
    interestPaidFen: interestPaidFen(db, loan.id),
    instalments: instalmentViews(rows, nowMs),
    timeline: timelineOf(db, loan),
    secondsToFunds: Math.round((loan.funded_at - loan.requested_at) / 1000),
  }
}
