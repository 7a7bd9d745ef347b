import type { ErrorBody } from '@/contract/common'
import type { LoanApplication, LoanApplyRequest, LoanOverview } from '@/contract/loans'
import { makeIdNumber } from '@/utils/id-number'
import { HEAVY_DEBT_ID, OVERDUE_ID } from '../../mock/seed/credit-reports'
import { SEED_REGION } from '../../mock/seed/households'
import { logInAs, makeBank, type QuickSession, bankForEachTest } from '../support/api-app'
import { APPLY, bindRealName, codeOf, decided, loanClient } from '../support/loan-flow'

const bank = bankForEachTest()

/** A fresh customer bound to `idNumber` (no credit report unless it is a seeded one). */
async function customer(phone: string, idNumber: string, name = '刘洋'): Promise<QuickSession> {
  const s = logInAs(bank, phone)
  await bindRealName(bank, s, name, idNumber)
  return s
}
const CLEAN_ID = makeIdNumber(SEED_REGION, '19900101', '019')
const farmer = (annualIncomeFen: number, extra: Partial<LoanApplyRequest> = {}): LoanApplyRequest => ({
  borrowerType: 'farming-household',
  annualIncomeFen,
  purpose: 'planting',
  amountFen: 1_000_000,
  termMonths: 12,
  ...extra,
})

describe('decision rules (not whitelisted)', () => {
  it('income below 30,000 yuan: declined, may apply again after 30 days', async () => {
    const s = await customer('13911112001', CLEAN_ID)
    const app = await decided(bank, s, farmer(2_990_000))
    expect(app).toMatchObject({
      status: 'declined',
      step: 'declined',
      preApproved: false,
      preApproval: null,
      approval: null,
      contractNumber: null,
      decline: {
        reasonCode: 'INCOME_TOO_LOW',
        reason: '年收入低于3万元，暂不符合线上信用贷款条件',
        reapplyFrom: '2026-12-20',
        referralProductId: 'pd_sunshine_loan',
      },
    })
    const c = loanClient(bank, s)
    const overview = (await c.read('/loan/overview')).json<LoanOverview>()
    expect(overview).toMatchObject({
      reapplyFrom: '2026-12-20',
      application: { id: app.id, step: 'declined' },
    })
    const again = await c.start()
    expect(again.statusCode).toBe(422)
    expect(again.json<ErrorBody>()).toMatchObject({
      code: 'REAPPLY_TOO_SOON',
      details: { reapplyFrom: '2026-12-20' },
    })

    bank.clock.advanceSeconds(29 * 86400)
    const stillBlocked = loanClient(bank, logInAs(bank, '13911112001'))
    expect(codeOf(await stillBlocked.start())).toBe('REAPPLY_TOO_SOON')
    bank.clock.advanceSeconds(86400) // 2026-12-20 09:00 Beijing
    const allowed = loanClient(bank, logInAs(bank, '13911112001'))
    expect((await allowed.read('/loan/overview')).json<LoanOverview>().reapplyFrom).toBeNull()
    const fresh = await allowed.start()
    expect(fresh.statusCode).toBe(201)
    expect(fresh.json<LoanApplication>().id).not.toBe(app.id)
  })

  it('exactly 30,000 yuan with no debt: approved at 15,000 yuan at the borrower type rate', async () => {
    const s = await customer('13911112002', CLEAN_ID)
    const app = await decided(bank, s, farmer(3_000_000))
    expect(app).toMatchObject({
      status: 'approved',
      approval: { limitFen: 1_500_000, aprBp: 600, limitExpiresOn: '2027-11-19' },
    })
  })

  it('capacity is rounded down to 1,000 yuan and capped at 200,000 yuan', async () => {
    const a = await decided(
      bank,
      await customer('13911112003', CLEAN_ID),
      farmer(7_550_000, { borrowerType: 'individual-business' }),
    )
    expect(a.approval).toMatchObject({ limitFen: 3_700_000, aprBp: 560 })
    const b = await decided(
      bank,
      await customer('13911112004', makeIdNumber(SEED_REGION, '19900101', '027')),
      farmer(100_000_000, { borrowerType: 'agri-micro-enterprise' }),
    )
    expect(b.approval).toMatchObject({ limitFen: 20_000_000, aprBp: 540 })
  })

  it('the seeded debtor 陈立新 (owes 20,000 yuan): 60,000 yuan income leaves exactly 10,000 yuan', async () => {
    const chen = logInAs(bank, '13900000004')
    const app = await decided(bank, chen, farmer(6_000_000, { borrowerType: 'large-grower' }))
    expect(app).toMatchObject({
      status: 'approved',
      preApproved: false,
      approval: { limitFen: 1_000_000, aprBp: 520 },
    })
  })

  it('the seeded debtor 陈立新 with 58,000 yuan income: declined DEBT_TOO_HIGH', async () => {
    const app = await decided(bank, logInAs(bank, '13900000004'), farmer(5_800_000))
    expect(app.decline).toMatchObject({ reasonCode: 'DEBT_TOO_HIGH', reason: '现有负债相对收入较高' })
  })

  it('the heavily indebted ID is declined unless the income carries the debt', async () => {
    const low = await decided(bank, await customer('13911112005', HEAVY_DEBT_ID, '赵磊'), farmer(30_000_000))
    expect(low.decline?.reasonCode).toBe('DEBT_TOO_HIGH')
    const other = await makeBank()
    try {
      const rich = logInAs(other, '13911112005')
      await bindRealName(other, rich, '赵磊', HEAVY_DEBT_ID)
      const app = await decided(other, rich, farmer(60_000_000))
      expect(app.approval?.limitFen).toBe(15_000_000)
    } finally {
      await other.app.close()
    }
  })

  it('an overdue record declines whatever the income', async () => {
    const app = await decided(bank, await customer('13911112006', OVERDUE_ID, '钱进'), farmer(100_000_000))
    expect(app.decline).toMatchObject({
      reasonCode: 'CREDIT_OVERDUE',
      reason: '征信报告显示您有未结清的逾期记录',
    })
  })
})

describe('who may apply', () => {
  it('real-name verification comes first', async () => {
    const res = await loanClient(bank, logInAs(bank, '13900000003')).start()
    expect(res.statusCode).toBe(422)
    expect(codeOf(res)).toBe('REAL_NAME_REQUIRED')
  })

  it('a whitelisted household gets its pre-approved limit; others may ask for up to 200,000 yuan', async () => {
    const li = logInAs(bank, '13900000002') // 李秀英: 120,000 yuan pre-approved
    const id = (await decided(bank, li, { ...APPLY, amountFen: 12_000_000 })).id
    expect((await loanClient(bank, li).get(id)).approval).toMatchObject({ limitFen: 12_000_000, aprBp: 385 })
    const s = await customer('13911112007', CLEAN_ID)
    const app = await decided(bank, s, farmer(100_000_000, { amountFen: 20_000_000 }))
    expect(app.status).toBe('approved')
  })
})
