// Merchant coupons through the API: the list anyone browses, the claim rules in their order, the
// customer's coupons and their expiry at the Beijing-time boundary. The test clock starts on Friday
// 2026-11-20 at 09:00 Beijing time.
import type { ErrorBody } from '@/contract/common'
import type { Coupon, CouponBatch, CouponBatchPage, MyCoupons } from '@/contract/coupons'
import { get, logInAs, logInCustomers, post, type QuickSession, bankForEachTest } from '../support/api-app'

const bank = bankForEachTest()
let wang: QuickSession // 种植大户
let li: QuickSession // 持社保卡
beforeEach(() => {
  wang = logInAs(bank, '13900000001')
  li = logInAs(bank, '13900000002')
})

const list = async (query = '', s?: QuickSession) =>
  (await get(bank.app, `/coupons/batches${query}`, s?.auth)).json<CouponBatchPage>()
const claim = (s: QuickSession, batchId: string) =>
  post(bank.app, `/coupons/batches/${batchId}/claims`, {}, s.auth)
const mine = async (s: QuickSession, state = '') =>
  (await get(bank.app, `/coupons/mine${state && `?state=${state}`}`, s.auth)).json<MyCoupons>()
const codeOf = (res: { json: () => unknown }) => (res.json() as ErrorBody).code

describe('the list', () => {
  it('anyone sees the batches still open or about to open, newest first, with the rule in words', async () => {
    const page = await list()
    const ids = page.items.map((b) => b.id)
    expect(ids).not.toContain('cb_shagou_dining_100_15') // its claim window closed on 11-10
    expect(ids[0]).toBe('cb_anfeng_topup_500_30') // created last
    const byId = new Map(page.items.map((b) => [b.id, b]))
    expect(byId.get('cb_dainan_100_20')).toMatchObject({
      ruleText: '满100减20',
      state: 'active',
      left: 500,
      merchant: { shopName: '戴南好邻居超市（示例）' },
      validity: { kind: 'days', days: 30 },
    })
    expect(byId.get('cb_dainan_penny_eggs')).toMatchObject({ ruleText: '1分购 土鸡蛋1盒', leftToday: 10 })
    expect(byId.get('cb_anfeng_topup_500_30')).toMatchObject({ ruleText: '充500返30', state: 'upcoming' })
    expect(byId.get('cb_zhaoyang_30_5')).toMatchObject({ state: 'sold-out', left: 0 })
    expect(byId.get('cb_dainan_50_5')?.state).toBe('paused')
    expect(byId.get('cb_dainan_100_20')).not.toHaveProperty('claimedByMe')
  })

  it('filters by category, orders by ending or distance, and pages with a cursor', async () => {
    expect((await list('?category=dining')).items.map((b) => b.id)).toEqual(['cb_shagou_dining_200_30'])
    const nearZhangguo = await list('?sort=distance&lat=32.7802&lng=120.1161')
    expect(nearZhangguo.items[0]).toMatchObject({
      id: 'cb_zhangguo_agri_500_50',
      merchant: { distanceMeters: 0 },
    })
    expect(codeOf(await get(bank.app, '/coupons/batches?sort=distance'))).toBe('VALIDATION_FAILED')
    const first = await list('?limit=3')
    expect(first.items).toHaveLength(3)
    expect(first.nextCursor).toBe('3')
    const rest = await list(`?limit=3&cursor=${first.nextCursor}`)
    const all = await list()
    expect([...first.items, ...rest.items].map((b) => b.id)).toEqual(all.items.map((b) => b.id).slice(0, 6))
    expect(codeOf(await get(bank.app, '/coupons/batches?cursor=abc'))).toBe('VALIDATION_FAILED')
  })

  it('为你推荐 is chosen by the bank from the customer’s tags; nobody else gets a targeted list', async () => {
    expect((await list('?forYou=true', wang)).items.map((b) => b.id)).toEqual(['cb_zhangguo_agri_500_50'])
    expect((await list('?forYou=true', li)).items).toEqual([])
    expect((await list('?forYou=true')).items).toEqual([])
  })
})

describe('claiming', () => {
  it('a claim gives a coupon valid from today for the batch’s days; the list then says it is held', async () => {
    const res = await claim(wang, 'cb_dainan_100_20')
    expect(res.statusCode).toBe(201)
    expect(res.json<Coupon>()).toMatchObject({
      state: 'usable',
      validFrom: '2026-11-20',
      validUntil: '2026-12-19',
      batch: { id: 'cb_dainan_100_20', left: 499 },
    })
    const seen = (await list('', wang)).items.find((b) => b.id === 'cb_dainan_100_20')
    expect(seen?.claimedByMe).toBe(1)
    const again = await claim(wang, 'cb_dainan_100_20')
    expect(again.statusCode).toBe(409)
    expect(again.json<ErrorBody>()).toMatchObject({
      code: 'COUPON_LIMIT_REACHED',
      message: '您已领取过该优惠券',
    })
  })

  it('refuses in order: paused, not started (saying when), sold out, and another audience', async () => {
    expect(codeOf(await claim(wang, 'cb_dainan_50_5'))).toBe('COUPON_PAUSED')
    const early = await claim(wang, 'cb_anfeng_topup_500_30')
    expect(early.json<ErrorBody>()).toMatchObject({
      code: 'COUPON_NOT_STARTED',
      message: '1月1日 周五 08:00 开始领取，请到时再来',
    })
    expect(codeOf(await claim(wang, 'cb_zhaoyang_30_5'))).toBe('COUPON_SOLD_OUT')
    expect(codeOf(await claim(wang, 'cb_shagou_dining_100_15'))).toBe('COUPON_ENDED')
    const notForLi = await claim(li, 'cb_zhangguo_agri_500_50')
    expect(notForLi.statusCode).toBe(403)
    expect(codeOf(notForLi)).toBe('COUPON_NOT_FOR_YOU')
    expect((await claim(wang, 'cb_zhangguo_agri_500_50')).statusCode).toBe(201)
    expect((await claim(wang, 'cb_zhangguo_agri_500_50')).statusCode).toBe(201) // two per person
    expect(codeOf(await claim(wang, 'cb_zhangguo_agri_500_50'))).toBe('COUPON_LIMIT_REACHED')
    expect(codeOf(await post(bank.app, '/coupons/batches/cb_nope/claims', {}, wang.auth))).toBe('NOT_FOUND')
  })

  it('a fixed-date batch whose coupons could no longer be used cannot be claimed, whatever its window', async () => {
    bank.app.deps.db
      .prepare('UPDATE coupon_batches SET claim_end = ? WHERE id = ?')
      .run(Date.parse('2027-06-30T16:00:00Z'), 'cb_zhangguo_agri_500_50')
    bank.clock.advanceSeconds(132 * 86400) // 2027-04-01 09:00, the coupons ended on 03-31
    wang = logInAs(bank, '13900000001')
    expect(codeOf(await claim(wang, 'cb_zhangguo_agri_500_50'))).toBe('COUPON_ENDED')
  })

  it('a day’s share runs out and comes back the next Beijing day', async () => {
    const customers = logInCustomers(bank, 11)
    for (const c of customers.slice(0, 10))
      expect((await claim(c, 'cb_dainan_penny_eggs')).statusCode).toBe(201)
    const late = await claim(customers[10], 'cb_dainan_penny_eggs')
    expect(late.statusCode).toBe(409)
    expect(codeOf(late)).toBe('COUPON_DAILY_SOLD_OUT')
    expect((await list()).items.find((b) => b.id === 'cb_dainan_penny_eggs')?.leftToday).toBe(0)
    bank.clock.advanceSeconds(15 * 3600) // 2026-11-21 00:00 Beijing
    expect((await claim(customers[10], 'cb_dainan_penny_eggs')).statusCode).toBe(201)
  })

  it('merchants and staff cannot claim; anonymous callers must log in', async () => {
    expect(codeOf(await claim(logInAs(bank, '13900000201'), 'cb_dainan_100_20'))).toBe('FORBIDDEN')
    expect(codeOf(await claim(logInAs(bank, '13900000101'), 'cb_dainan_100_20'))).toBe('FORBIDDEN')
    expect((await post(bank.app, '/coupons/batches/cb_dainan_100_20/claims', {})).statusCode).toBe(401)
  })
})

describe('我的券', () => {
  it('counts each state; a coupon is expired after its last Beijing day, not before', async () => {
    await claim(wang, 'cb_dainan_penny_eggs') // 7 days: 11-20 to 11-26
    await claim(wang, 'cb_dainan_100_20') // 30 days: to 12-19
    let coupons = await mine(wang)
    expect(coupons.counts).toEqual({ usable: 2, used: 0, expired: 0 })
    expect(coupons.items.map((c) => c.validUntil)).toEqual(['2026-11-26', '2026-12-19'])
    bank.clock.advanceSeconds(6 * 86400 + 14 * 3600 + 59 * 60) // 2026-11-26 23:59
    expect((await mine(wang)).counts).toEqual({ usable: 2, used: 0, expired: 0 })
    bank.clock.advanceSeconds(60) // 2026-11-27 00:00
    coupons = await mine(wang)
    expect(coupons.counts).toEqual({ usable: 1, used: 0, expired: 1 })
    expect((await mine(wang, 'expired')).items[0]).toMatchObject({
      state: 'expired',
      batch: { id: 'cb_dainan_penny_eggs' },
    })
    // Nobody else's coupons are ever in the answer.
    expect(await mine(li)).toEqual({ items: [], counts: { usable: 0, used: 0, expired: 0 } })
  })
})

test('a batch seen alone carries the same view, and unknown ones are 404', async () => {
  const one = (await get(bank.app, '/coupons/batches/cb_dainan_100_20', wang.auth)).json<CouponBatch>()
  expect(one).toMatchObject({ id: 'cb_dainan_100_20', claimedByMe: 0, state: 'active' })
  expect((await get(bank.app, '/coupons/batches/cb_nope')).statusCode).toBe(404)
})
