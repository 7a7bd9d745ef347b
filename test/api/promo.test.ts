// Promo codes: a visit is counted once per visitor, code and Beijing day (users by id, anonymous
// callers by a keyed hash of their address, never the address); expired and unknown codes are told
// apart; only a merchant reads their own code, with the QR of its link.
import type { ErrorBody } from '@/contract/common'
import type { MyPromoCode, PromoVisitResult } from '@/contract/promo-codes'
import { bankForEachTest, get, logInAs } from '../support/api-app'
import { storeSnapshot } from '../support/world'

const bank = bankForEachTest()
const visit = (code: string, headers: Record<string, string> = {}, via = 'link') =>
  bank.app.inject({
    method: 'POST',
    url: `/api/v1/promo-codes/${code}/visits`,
    payload: { via },
    headers,
    remoteAddress: headers['x-test-address'] ?? '127.0.0.1',
  })
const promoOf = async (phone = '13900000201') =>
  (await get(bank.app, '/merchant/promo-code', logInAs(bank, phone).auth)).json<MyPromoCode>()

it('answers the merchant of a live code, and counts each visitor once a day', async () => {
  const first = await visit('P7KD2MXQ', { 'x-test-address': '10.1.2.3' }, 'scene')
  expect(first.statusCode).toBe(200)
  expect(first.json<PromoVisitResult>()).toEqual({
    merchant: { id: 'u_m0201', shopName: '戴南好邻居超市（示例）' },
  })
  // The same phone again (a reload, another route in), another phone, a logged-in customer twice.
  await visit('P7KD2MXQ', { 'x-test-address': '10.1.2.3' }, 'h5')
  await visit('P7KD2MXQ', { 'x-test-address': '10.9.9.9' })
  const wang = logInAs(bank, '13900000001')
  await visit('P7KD2MXQ', { ...wang.auth, 'x-test-address': '10.1.2.3' })
  await visit('P7KD2MXQ', { ...wang.auth, 'x-test-address': '10.7.7.7' })
  // The shop trying its own code brings nobody.
  const shop = logInAs(bank, '13900000201')
  expect((await visit('P7KD2MXQ', { ...shop.auth, 'x-test-address': '10.5.5.5' })).statusCode).toBe(200)
  expect((await promoOf()).visits).toEqual({ today: 3, last30Days: 3 })

  // Next Beijing day the same visitor counts again; the 30-day total adds up.
  bank.clock.advanceSeconds(24 * 3600)
  await visit('P7KD2MXQ', { 'x-test-address': '10.1.2.3' })
  expect((await promoOf()).visits).toEqual({ today: 1, last30Days: 4 })
  // 30 days later the first day has left the window.
  bank.clock.advanceSeconds(29 * 24 * 3600)
  expect((await promoOf()).visits).toEqual({ today: 0, last30Days: 1 })
})

it('keeps no address: anonymous visitors are stored as keyed hashes', async () => {
  await visit('P7KD2MXQ', { 'x-test-address': '10.1.2.3' })
  const rows = bank.app.deps.db.prepare('SELECT visitor FROM promo_visits').all() as { visitor: string }[]
  expect(rows).toHaveLength(1)
  expect(rows[0].visitor).toMatch(/^anon:[A-Za-z0-9_-]{22}$/)
  expect([...storeSnapshot(bank).values()].join('')).not.toContain('10.1.2.3')
})

it('an expired code is 422 PROMO_CODE_EXPIRED, an unknown or malformed one 404, and neither counts', async () => {
  const expired = await visit('K3WQ8ZTA')
  expect(expired.statusCode).toBe(422)
  expect(expired.json<ErrorBody>().code).toBe('PROMO_CODE_EXPIRED')
  expect(expired.json<ErrorBody>().message).toMatch(/过期/)
  for (const code of ['ZZZZ2222', 'p7kd2mxq', 'ZZZZ', 'NOPE-0']) {
    const res = await visit(code)
    expect([code, res.statusCode, res.json<ErrorBody>().code]).toEqual([code, 404, 'NOT_FOUND'])
  }
  // A broken escape never reaches the store: the router refuses it in the usual shape.
  expect((await visit('%E0%A4%A')).json<ErrorBody>()).toMatchObject({ code: 'VALIDATION_FAILED' })
  expect(bank.app.deps.db.prepare('SELECT COUNT(*) AS n FROM promo_visits').get()).toEqual({ n: 0 })
  expect((await visit('P7KD2MXQ', {}, 'qr')).statusCode).toBe(400)
})

it("gives a merchant their own code: link, scene, page, the link's QR as SVG", async () => {
  const promo = await promoOf()
  expect(promo).toMatchObject({
    code: 'P7KD2MXQ',
    link: 'http://127.0.0.1:10086/p/P7KD2MXQ',
    scene: 'P7KD2MXQ',
    weappPage: 'packages/coupon/promo/index',
    visits: { today: 0, last30Days: 0 },
  })
  expect(promo.expiresOn).toBeUndefined()
  expect(promo.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>$/)
  // 沙沟湖鲜馆 has an expired printing and a live one: the live one is theirs.
  expect((await promoOf('13900000204')).code).toBe('H9QF5VCU')
})

it('the promo code is for merchants only', async () => {
  expect((await get(bank.app, '/merchant/promo-code')).statusCode).toBe(401)
  for (const phone of ['13900000001', '13900000101']) {
    const res = await get(bank.app, '/merchant/promo-code', logInAs(bank, phone).auth)
    expect(res.statusCode).toBe(403)
  }
})
