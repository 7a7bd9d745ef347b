// Where a customer stands with the Sunshine e-loan, from the overview: one answer that the loan home,
// the home page card and 我的 all show. Pure.
import { LOAN_MIN_FEN, type LoanApplicationStep } from '@/contract/constants'
import type { CreditLine, LoanApplication, LoanDecline, LoanOverview, NextInstalment } from '@/contract/loans'
import type { PreApproval } from '@/contract/me'
import { formatMonthDay } from '@/utils/date-text'
import { formatFen } from '@/utils/money'

/** Steps of an application the customer can still carry on with. */
const OPEN_STEPS: LoanApplicationStep[] = ['card', 'consents', 'face', 'details', 'reviewing', 'approved']

/** The customer's standing. */
export type LoanStanding =
  /** A credit line, live or expired with loans still owed. */
  | { kind: 'line'; line: CreditLine; canDraw: boolean; next: NextInstalment | null }
  /** An application to carry on with (up to signing). */
  | { kind: 'application'; application: LoanApplication; preApproval: PreApproval | null }
  /** Declined, and not yet allowed to apply again. */
  | { kind: 'declined'; decline: LoanDecline; reapplyFrom: string }
  /** Nothing yet: a pre-approved limit to apply for, or the product to try. */
  | { kind: 'offer'; preApproval: PreApproval | null }

/** The standing the overview describes. */
export function loanStanding(overview: LoanOverview): LoanStanding {
  const { creditLine, application, preApproval, reapplyFrom, nextInstalment } = overview
  if (creditLine && (!creditLine.expired || overview.activeLoans > 0)) {
    const canDraw = !creditLine.expired && creditLine.availableFen >= LOAN_MIN_FEN
    return { kind: 'line', line: creditLine, canDraw, next: nextInstalment }
  }
  if (application && OPEN_STEPS.includes(application.step))
    return { kind: 'application', application, preApproval }
  if (application?.decline && reapplyFrom)
    return { kind: 'declined', decline: application.decline, reapplyFrom }
  return { kind: 'offer', preApproval }
}

/** "12月29日" for a YYYY-MM-DD date. */

/** The next instalment in words: "12月29日应还 ¥4,256.35", or overdue with its penalty interest. */
export function nextInstalmentText(next: NextInstalment): string {
  const penalty = next.penaltyFen ? `（含罚息 ¥${formatFen(next.penaltyFen)}）` : ''
  const amount = `¥${formatFen(next.paymentFen + next.penaltyFen)}${penalty}`
  return next.overdue
    ? `已逾期：${formatMonthDay(next.dueDate)}应还 ${amount}`
    : `${formatMonthDay(next.dueDate)}应还 ${amount}`
}

/** One short line for a list entry (我的 › 我的贷款). */
export function loanStandingSummary(standing: LoanStanding): string {
  switch (standing.kind) {
    case 'line':
      if (standing.next) return nextInstalmentText(standing.next)
      return standing.line.expired ? '额度已到期' : `可用 ¥${formatFen(standing.line.availableFen)}`
    case 'application':
      return standing.application.step === 'approved'
        ? '审批已通过，待签约'
        : standing.application.step === 'reviewing'
          ? '审批中'
          : '申请未完成'
    case 'declined':
      return '上次申请未通过'
    case 'offer':
      return standing.preApproval ? `预授信 ¥${formatFen(standing.preApproval.limitFen)}` : '查看'
  }
}
