// Builds the Loan and LoanSummary views; instalment states are computed on read against the Beijing
// date, so an unpaid instalment turns overdue by itself when its due date passes (the due-date debit
// has been run before any read: auto-debit.ts).
import type { Loan, LoanInstalment, LoanSummary, LoanTimelineEntry } from '../../../src/contract/loans'
import { beijingDate } from '../../../src/utils/beijing-time'
import { findLine } from './credit-lines'
import type { Db } from '../db'
import { findApplication } from './applications'
import {
  interestPaidFen,
  listInstalments,
  listRepayments,
  type InstalmentRow,
  type LoanRow,
  type RepaymentRow,
} from './loans'
import { daysOverdue } from './penalty'
import { penaltyDue } from './repayments'

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * Each instalment as it stands on the Beijing date: paid (as scheduled), settled (by the early
 * settlement, with the accrued interest it actually cost on the first of them), overdue (due date
 * passed unpaid, with penalty interest to date), due (falls due today) or upcoming.
 */
export function instalmentViews(
  loan: LoanRow,
  rows: InstalmentRow[],
  repayments: RepaymentRow[],
  nowMs: number,
): LoanInstalment[] {
  const today = beijingDate(nowMs)
  const byIndex = new Map(
    repayments.filter((r) => r.kind === 'instalment').map((r) => [r.instalment_index, r]),
  )
  const early = repayments.find((r) => r.kind === 'early')
  let earlyInterestLeft = early?.interest_fen ?? 0
  return rows.map((r): LoanInstalment => {
    const base = {
      index: r.idx,
      dueDate: r.due_date,
      principalFen: r.principal_fen,
      interestFen: r.interest_fen,
      paymentFen: r.payment_fen,
      balanceAfterFen: r.balance_after_fen,
      paidAt: r.paid_at === null ? null : iso(r.paid_at),
    }
    if (r.paid_at !== null) {
      const paid = byIndex.get(r.idx)
      if (paid) {
        const penaltyFen = paid.penalty_fen
        return {
          ...base,
          status: 'paid',
          paidFen: paid.principal_fen + paid.interest_fen + penaltyFen,
          paidInterestFen: paid.interest_fen,
          penaltyFen,
          penaltyDays: daysOverdue(r.due_date, beijingDate(paid.paid_at)),
          amountDueFen: null,
        }
      }
      const interest = earlyInterestLeft
      earlyInterestLeft = 0
      return {
        ...base,
        status: 'settled',
        paidFen: r.principal_fen + interest,
        paidInterestFen: interest,
        penaltyFen: 0,
        penaltyDays: 0,
        amountDueFen: null,
      }
    }
    const penalty = penaltyDue(loan, r, today)
    const status = r.due_date < today ? 'overdue' : r.due_date === today ? 'due' : 'upcoming'
    return {
      ...base,
      status,
      paidFen: null,
      paidInterestFen: null,
      penaltyFen: penalty.fen,
      penaltyDays: penalty.days,
      amountDueFen: status === 'upcoming' ? null : r.payment_fen + penalty.fen,
    }
  })
}

/** Principal not yet repaid: the unpaid instalments' principal. */
export const outstandingOf = (rows: InstalmentRow[]) =>
  rows.filter((r) => r.paid_at === null).reduce((sum, r) => sum + r.principal_fen, 0)

function summaryOf(db: Db, loan: LoanRow, rows: InstalmentRow[], nowMs: number): LoanSummary {
  const instalments = instalmentViews(loan, rows, listRepayments(db, loan.id), nowMs)
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
    nextInstalment: instalments.find((i) => i.paidAt === null) ?? null,
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
  const summary = summaryOf(db, loan, rows, nowMs)
  return {
    ...summary,
    card: { numberMasked: line.card_masked, lastFour: line.card_last_four, bankName: line.card_bank },
    startDate: loan.start_date,
    totalInterestFen: loan.total_interest_fen,
    totalPaymentFen: loan.principal_fen + loan.total_interest_fen,
    interestPaidFen: interestPaidFen(db, loan.id),
    instalments: instalmentViews(loan, rows, listRepayments(db, loan.id), nowMs),
    timeline: timelineOf(db, loan),
    secondsToFunds: Math.round((loan.funded_at - loan.requested_at) / 1000),
  }
}
