import type { CreditLine, LoanApplication, LoanOverview } from '@/contract/loans'
import { loanStanding, loanStandingSummary, nextInstalmentText } from '@/features/loan/model/loan-standing'

const line = (over: Partial<CreditLine> = {}): CreditLine =>
  ({
    limitFen: 5_000_000,
    usedFen: 3_000_000,
    availableFen: 2_000_000,
    expired: false,
    ...over,
  }) as CreditLine
const overview = (over: Partial<LoanOverview> = {}): LoanOverview => ({
  preApproval: null,
  application: null,
  creditLine: null,
  reapplyFrom: null,
  activeLoans: 0,
  nextInstalment: null,
  ...over,
})
const next = {
  loanId: 'ln_1',
  index: 1,
  dueDate: '2026-12-29',
  paymentFen: 425_635,
  penaltyFen: 0,
  overdue: false,
}

describe('loanStanding', () => {
  it('a live line comes first: what is available, whether it can be drawn, and what is due next', () => {
    const standing = loanStanding(overview({ creditLine: line(), activeLoans: 1, nextInstalment: next }))
    expect(standing).toMatchObject({ kind: 'line', canDraw: true, next })
    expect(loanStandingSummary(standing)).toBe('12月29日应还 ¥4,256.35')
    expect(loanStanding(overview({ creditLine: line({ availableFen: 99_900 }) }))).toMatchObject({
      canDraw: false,
    })
    expect(loanStandingSummary(loanStanding(overview({ creditLine: line() })))).toBe('可用 ¥20,000.00')
  })

  it('an expired line counts only while loans are owed on it', () => {
    const expired = line({ expired: true })
    expect(loanStanding(overview({ creditLine: expired, activeLoans: 1 }))).toMatchObject({
      kind: 'line',
      canDraw: false,
    })
    expect(loanStanding(overview({ creditLine: expired })).kind).toBe('offer')
  })

  it('an application in progress, then a decline with its date, then the offer', () => {
    const reviewing = { step: 'reviewing', decline: null } as unknown as LoanApplication
    expect(loanStandingSummary(loanStanding(overview({ application: reviewing })))).toBe('审批中')
    const declined = {
      step: 'declined',
      decline: {
        reason: '年收入低于3万元',
        reapplyFrom: '2026-12-20',
        reasonCode: 'INCOME_TOO_LOW',
        referralProductId: 'pd_sunshine_loan',
      },
    } as unknown as LoanApplication
    expect(loanStanding(overview({ application: declined, reapplyFrom: '2026-12-20' }))).toMatchObject({
      kind: 'declined',
      reapplyFrom: '2026-12-20',
    })
    expect(loanStanding(overview({ application: declined })).kind).toBe('offer')
  })

  it('says an overdue instalment plainly', () => {
    expect(nextInstalmentText({ ...next, overdue: true })).toBe('已逾期：12月29日应还 ¥4,256.35')
    expect(nextInstalmentText({ ...next, overdue: true, penaltyFen: 1_234 })).toBe(
      '已逾期：12月29日应还 ¥4,268.69（含罚息 ¥12.34）',
    )
  })
})
