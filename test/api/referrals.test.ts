import type { ErrorBody } from '@/contract/common'
import type { Message } from '@/contract/messages'
import type { Product, Town } from '@/contract/products'
import type { Referral, StaffReferral, StaffReferralDetail } from '@/contract/referrals'
import { get, logInAs, post, type QuickSession, bankForEachTest } from '../support/api-app'

const bank = bankForEachTest()
let wang: QuickSession
let zhang: QuickSession
beforeEach(async () => {
  wang = logInAs(bank, '13900000001')
  zhang = logInAs(bank, '13900000101') // 张伟, customer manager of 戴南镇
})

const refer = (s: QuickSession, body: Record<string, unknown>) => post(bank.app, '/referrals', body, s.auth)
const loanInDainan = {
  productId: 'pd_sunshine_loan',
  town: '戴南镇',
  preferredTime: 'morning',
  note: '想扩大养殖规模',
}
const setStatus = (s: QuickSession, id: string, body: Record<string, unknown>) =>
  post(bank.app, `/staff/referrals/${id}/status`, body, s.auth)
const codeOf = (res: { json: () => unknown }) => (res.json() as ErrorBody).code

describe('products and towns (public)', () => {
  it('products: credit products carry their APR range', async () => {
    const items = (await get(bank.app, '/products')).json<{ items: Product[] }>().items
    expect(items.map((p) => p.name)).toEqual([
      '定期存款/大额存单',
      '阳光e贷',
      '家庭备用金',
      '信用卡',
      '社保卡',
      '商户收单',
    ])
    expect(items.find((p) => p.id === 'pd_sunshine_loan')).toMatchObject({
      category: 'loan',
      aprMinBp: 365,
      aprMaxBp: 720,
      amountMaxFen: 20_000_000,
    })
    expect(items.find((p) => p.id === 'pd_family_reserve')).toMatchObject({
      aprMinBp: 435,
      aprMaxBp: 720,
      amountMaxFen: 30_000_000,
    })
    for (const loan of items.filter((p) => p.category === 'loan')) {
      expect(Number.isInteger(loan.aprMinBp)).toBe(true)
      expect(Number.isInteger(loan.aprMaxBp)).toBe(true)
    }
  })

  it('towns with their masked manager', async () => {
    const items = (await get(bank.app, '/towns')).json<{ items: Town[] }>().items
    expect(items).toHaveLength(8)
    expect(items[0]).toEqual({ name: '戴南镇', managerNameMasked: '张*' })
  })
})

describe('customer referrals', () => {
  it('is assigned at once to the town manager, history submitted then assigned', async () => {
    const res = await refer(wang, loanInDainan)
    expect(res.statusCode).toBe(201)
    const referral = res.json<Referral>()
    expect(referral).toMatchObject({
      product: { id: 'pd_sunshine_loan', name: '阳光e贷' },
      town: '戴南镇',
      preferredTime: 'morning',
      note: '想扩大养殖规模',
      status: 'assigned',
      manager: { nameMasked: '张*', title: '客户经理' },
      createdAt: '2026-11-20T01:00:00.000Z',
    })
    expect(referral.history).toEqual([
      { status: 'submitted', at: '2026-11-20T01:00:00.000Z' },
      { status: 'assigned', at: '2026-11-20T01:00:00.000Z' },
    ])
    expect((await get(bank.app, `/referrals/${referral.id}`, wang.auth)).json<Referral>()).toEqual(referral)
    expect((await get(bank.app, '/referrals', wang.auth)).json<{ items: Referral[] }>().items).toEqual([
      referral,
    ])
  })

  it('one open referral per product; a closed one can be asked again', async () => {
    const first = (await refer(wang, loanInDainan)).json<Referral>()
    const again = await refer(wang, { ...loanInDainan, town: '张郭镇' })
    expect(again.statusCode).toBe(409)
    expect(again.json<ErrorBody>()).toMatchObject({
      code: 'REFERRAL_OPEN',
      details: { referralId: first.id },
    })
    expect((await refer(wang, { ...loanInDainan, productId: 'pd_family_reserve' })).statusCode).toBe(201)
    await setStatus(zhang, first.id, { status: 'closed', note: '客户暂不需要' })
    const reopened = await refer(wang, loanInDainan)
    expect(reopened.statusCode).toBe(201)
    const mine = (await get(bank.app, '/referrals', wang.auth)).json<{ items: Referral[] }>().items
    expect(mine.map((r) => r.id)[0]).toBe(reopened.json<Referral>().id)
  })

  it('unknown product 404, unknown town 400, bad fields 400', async () => {
    const product = await refer(wang, { ...loanInDainan, productId: 'pd_gold_bar' })
    expect(product.statusCode).toBe(404)
    const town = await refer(wang, { ...loanInDainan, town: '火星镇' })
    expect(town.statusCode).toBe(400)
    expect(town.json<ErrorBody>().details?.fields).toEqual([{ field: 'town', message: '乡镇取值无效' }])
    expect((await refer(wang, { ...loanInDainan, preferredTime: 'midnight' })).statusCode).toBe(400)
    expect((await refer(wang, { ...loanInDainan, note: '长'.repeat(201) })).statusCode).toBe(400)
    expect(codeOf(await refer(zhang, loanInDainan))).toBe('FORBIDDEN')
  })

  it("someone else's referral is 404", async () => {
    const mine = (await refer(wang, loanInDainan)).json<Referral>()
    const li = logInAs(bank, '13900000002')
    expect((await get(bank.app, `/referrals/${mine.id}`, li.auth)).statusCode).toBe(404)
    expect((await get(bank.app, '/referrals', li.auth)).json<{ items: Referral[] }>().items).toEqual([])
  })
})

describe('staff referrals', () => {
  it('lists mine with the customer masked; opening shows the full phone and is recorded', async () => {
    const referral = (await refer(wang, loanInDainan)).json<Referral>()
    const list = (await get(bank.app, '/staff/referrals', zhang.auth)).json<{ items: StaffReferral[] }>()
      .items
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({
      id: referral.id,
      customerPhoneMasked: '139****0001',
      customerNameMasked: '王*国',
    })
    expect(list[0].openedAt).toBeUndefined()
    expect(JSON.stringify(list)).not.toContain('13900000001')

    bank.clock.advanceSeconds(600)
    const opened = await get(bank.app, `/staff/referrals/${referral.id}`, zhang.auth)
    expect(opened.json<StaffReferralDetail>()).toMatchObject({
      customerPhone: '13900000001',
      openedAt: '2026-11-20T01:10:00.000Z',
    })
    bank.clock.advanceSeconds(600)
    const reopened = await get(bank.app, `/staff/referrals/${referral.id}`, zhang.auth)
    expect(reopened.json<StaffReferralDetail>().openedAt).toBe('2026-11-20T01:10:00.000Z')

    const li = logInAs(bank, '13900000102') // 昭阳街道's manager
    expect((await get(bank.app, `/staff/referrals/${referral.id}`, li.auth)).statusCode).toBe(404)
    expect((await get(bank.app, '/staff/referrals', li.auth)).json<{ items: unknown[] }>().items).toEqual([])
    expect(codeOf(await get(bank.app, '/staff/referrals', wang.auth))).toBe('FORBIDDEN')
  })

  it('the manager is told at once, with the customer masked, and the message opens the referral', async () => {
    const referral = (await refer(wang, loanInDainan)).json<Referral>()
    const inbox = (await get(bank.app, '/messages', zhang.auth)).json<{ items: Message[] }>().items
    expect(inbox[0]).toMatchObject({
      kind: 'referral',
      title: '新的转介客户',
      body: '客户 王*国想了解「阳光e贷」（戴南镇），希望上午联系，请及时跟进。',
      link: { type: 'staff-referral', id: referral.id },
      read: false,
    })
    // Nobody else's inbox hears of it, and the customer's own message is the customer's.
    const other = logInAs(bank, '13900000102')
    expect((await get(bank.app, '/messages', other.auth)).json<{ items: Message[] }>().items).toEqual([])
    const mine = (await get(bank.app, '/messages', wang.auth)).json<{ items: Message[] }>().items
    expect(mine.map((m) => m.link?.type)).not.toContain('staff-referral')
  })

  it('allowed transitions only: assigned→contacted→done, assigned→closed, contacted→closed', async () => {
    const r = (await refer(wang, loanInDainan)).json<Referral>()
    expect(codeOf(await setStatus(zhang, r.id, { status: 'done' }))).toBe('INVALID_TRANSITION')
    const contacted = await setStatus(zhang, r.id, { status: 'contacted', note: '已电话联系，约周一面谈' })
    expect(contacted.statusCode).toBe(200)
    expect(contacted.json<StaffReferral>().status).toBe('contacted')
    expect(codeOf(await setStatus(zhang, r.id, { status: 'contacted' }))).toBe('INVALID_TRANSITION')
    expect((await setStatus(zhang, r.id, { status: 'done' })).json<StaffReferral>().status).toBe('done')
    const closedAfterDone = await setStatus(zhang, r.id, { status: 'closed' })
    expect(closedAfterDone.statusCode).toBe(422)
    expect(closedAfterDone.json<ErrorBody>().message).toBe('当前状态为「已办结」，不能改为「已关闭」')
    expect((await setStatus(zhang, r.id, { status: 'assigned' })).statusCode).toBe(400)

    const history = (await get(bank.app, `/referrals/${r.id}`, wang.auth)).json<Referral>().history
    expect(history.map((h) => h.status)).toEqual(['submitted', 'assigned', 'contacted', 'done'])
    expect(history[2].note).toBe('已电话联系，约周一面谈')

    const fam = (await refer(wang, { ...loanInDainan, productId: 'pd_family_reserve' })).json<Referral>()
    expect((await setStatus(zhang, fam.id, { status: 'closed' })).statusCode).toBe(200)
    const card = (await refer(wang, { ...loanInDainan, productId: 'pd_credit_card' })).json<Referral>()
    await setStatus(zhang, card.id, { status: 'contacted' })
    expect((await setStatus(zhang, card.id, { status: 'closed' })).statusCode).toBe(200)

    const doneOnly = await get(bank.app, '/staff/referrals?status=done', zhang.auth)
    expect(doneOnly.json<{ items: StaffReferral[] }>().items.map((x) => x.id)).toEqual([r.id])
    expect((await get(bank.app, '/staff/referrals?status=lost', zhang.auth)).statusCode).toBe(400)
    const stranger = logInAs(bank, '13900000102')
    expect((await setStatus(stranger, r.id, { status: 'closed' })).statusCode).toBe(404)
  })
})
