// Alliance merchants through the API: the nearby list (nearest first when a position is given), a
// merchant's page with its batches and what a customer holds of them, and the large sample's rows.
// The test clock starts on Friday 2026-11-20 at 09:00 Beijing time.
import type { ErrorBody } from '@/contract/common'
import type { CouponBatchPage } from '@/contract/coupons'
import type { MerchantDetail, MerchantList } from '@/contract/merchants'
import { get, logInAs, makeBank, post, bankForEachTest } from '../support/api-app'

const bank = bankForEachTest()
const codeOf = (res: { json: () => unknown }) => (res.json() as ErrorBody).code

describe('the merchant list', () => {
  it('lists every merchant with its shop phone and hours, never the owner’s login phone', async () => {
    const res = await get(bank.app, '/merchants')
    expect(res.statusCode).toBe(200)
    const { items } = res.json<MerchantList>()
    expect(items).toHaveLength(5)
    const dainan = items.find((m) => m.id === 'u_m0201')
    expect(dainan).toMatchObject({
      shopName: '戴南好邻居超市（示例）',
      category: '超市',
      phone: '0523-83231201',
      hoursText: '每天 07:00–21:30',
      activeBatches: 2, // 满100减20 and the eggs; the paused one is not offered
    })
    expect(dainan).not.toHaveProperty('distanceMeters')
    expect(res.body).not.toContain('13900000201')
    // 湖鲜馆's opening batch ended on 11-10: only its other batch counts.
    expect(items.find((m) => m.id === 'u_m0204')?.activeBatches).toBe(1)
  })

  it('orders by distance from the position given, with the distance in metres', async () => {
    const { items } = (await get(bank.app, '/merchants?lat=32.7802&lng=120.1161')).json<MerchantList>()
    expect(items[0]).toMatchObject({ id: 'u_m0202', distanceMeters: 0 })
    const distances = items.map((m) => m.distanceMeters!)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(distances[1]).toBeGreaterThan(1000)
  })

  it('refuses half a position and anything that is not one', async () => {
    const half = await get(bank.app, '/merchants?lat=32.7')
    expect(half.statusCode).toBe(400)
    expect(half.json<ErrorBody>().details?.fields).toEqual([{ field: 'lng', message: '经纬度需同时提供' }])
    expect(codeOf(await get(bank.app, '/merchants?lat=north&lng=120'))).toBe('VALIDATION_FAILED')
    expect(codeOf(await get(bank.app, '/merchants?lat=91&lng=120'))).toBe('VALIDATION_FAILED')
  })
})

describe('a merchant’s page', () => {
  it('carries its batches still open or about to open, newest first, and its hours', async () => {
    const res = await get(bank.app, '/merchants/u_m0204')
    expect(res.statusCode).toBe(200)
    const merchant = res.json<MerchantDetail>()
    expect(merchant).toMatchObject({
      shopName: '沙沟湖鲜馆（示例）',
      hoursText: '每天 10:30–14:00、16:30–21:00',
    })
    expect(merchant.batches.map((b) => b.id)).toEqual(['cb_shagou_dining_200_30'])
    const dainan = (await get(bank.app, '/merchants/u_m0201')).json<MerchantDetail>()
    expect(dainan.batches.map((b) => b.id)).toEqual([
      'cb_dainan_penny_eggs',
      'cb_dainan_50_5',
      'cb_dainan_100_20',
    ])
    expect(dainan.batches[1].state).toBe('paused')
  })

  it('tells a logged-in customer how many of each batch they hold, and the distance when asked', async () => {
    const wang = logInAs(bank, '13900000001')
    expect((await post(bank.app, '/coupons/batches/cb_dainan_100_20/claims', {}, wang.auth)).statusCode).toBe(
      201,
    )
    const seen = (
      await get(bank.app, '/merchants/u_m0201?lat=32.7451&lng=120.0702', wang.auth)
    ).json<MerchantDetail>()
    expect(seen.distanceMeters).toBe(0)
    expect(seen.batches.find((b) => b.id === 'cb_dainan_100_20')).toMatchObject({ claimedByMe: 1, left: 499 })
    const anonymous = (await get(bank.app, '/merchants/u_m0201')).json<MerchantDetail>()
    expect(anonymous.batches[0]).not.toHaveProperty('claimedByMe')
  })

  it('answers 404 for an unknown merchant and for a customer’s id', async () => {
    const unknown = await get(bank.app, '/merchants/u_m9999')
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json<ErrorBody>()).toMatchObject({ code: 'NOT_FOUND', message: '商户不存在' })
    expect((await get(bank.app, '/merchants/u_c0001')).statusCode).toBe(404)
  })
})

test('the large sample adds 40 merchants near the branches and 1,000 batches, the same on every run', async () => {
  const large = await makeBank({ sample: 'large' })
  const again = await makeBank({ sample: 'large' })
  try {
    const { items } = (await get(large.app, '/merchants?lat=32.7451&lng=120.0702')).json<MerchantList>()
    expect(items).toHaveLength(45)
    const count = (sql: string) => (large.app.deps.db.prepare(sql).get() as { n: number }).n
    expect(count("SELECT COUNT(*) AS n FROM coupon_batches WHERE id LIKE 'cb_lg_%'")).toBe(1000)
    expect(count('SELECT COUNT(DISTINCT category) AS n FROM coupon_batches')).toBe(5)
    const states = new Set<string>()
    let cursor: string | null = ''
    let listed = 0
    while (cursor !== null) {
      const page: CouponBatchPage = (
        await get(large.app, `/coupons/batches?limit=50${cursor ? `&cursor=${cursor}` : ''}`)
      ).json<CouponBatchPage>()
      for (const batch of page.items) states.add(batch.state)
      listed += page.items.length
      cursor = page.nextCursor
    }
    expect([...states].sort()).toEqual(['active', 'paused', 'sold-out', 'upcoming'])
    expect(listed).toBeGreaterThan(900) // ended ones drop out of the list
    const first = (await get(large.app, '/coupons/batches?limit=5')).json<CouponBatchPage>()
    const second = (await get(again.app, '/coupons/batches?limit=5')).json<CouponBatchPage>()
    expect(second).toEqual(first)
    // The standard sample is unchanged.
    expect((await get(bank.app, '/merchants')).json<MerchantList>().items).toHaveLength(5)
  } finally {
    await large.app.close()
    await again.app.close()
  }
})
