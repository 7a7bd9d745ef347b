// Redeeming coupons at the till: the owner's short-lived QR and numeric code, the merchant's lookup and
// redemption with each refusal, replays by request number, guessing locks, same-day reversal, the
// statements the bank settles on, and what the owner sees. The clock starts Friday 2026-11-20 09:00
// Beijing time; 13900000201 is 戴南好邻居超市, 13900000202 张郭农资.
import type { ErrorBody } from '@/contract/common'
import type { CouponDetail, MyCoupons, RedeemToken } from '@/contract/coupons'
import type { Message } from '@/contract/messages'
import type {
  CouponLookupResult,
  MerchantRedemption,
  RedemptionDays,
  Statement,
} from '@/contract/redemptions'
import { luhnDigit } from '@/utils/redeem-code'
import { bankForEachTest, get, logInAs, post, type QuickSession } from '../support/api-app'

const bank = bankForEachTest()
let wang: QuickSession
let li: QuickSession
let shop: QuickSession // 戴南好邻居超市
let otherShop: QuickSession // 张郭农资
beforeEach(() => {
  wang = logInAs(bank, '13900000001')
  li = logInAs(bank, '13900000002')
  shop = logInAs(bank, '13900000201')
  otherShop = logInAs(bank, '13900000202')
})

const codeOf = (res: { json: () => unknown }) => (res.json() as ErrorBody).code
const messageOf = (res: { json: () => unknown }) => (res.json() as ErrorBody).message

/** Claims a batch for the customer and answers the coupon in full. */
async function claimed(s: QuickSession, batchId = 'cb_dainan_100_20'): Promise<CouponDetail> {
  const res = await post(bank.app, `/coupons/batches/${batchId}/claims`, {}, s.auth)
  expect(res.statusCode).toBe(201)
  return (await get(bank.app, `/coupons/mine/${res.json<{ id: string }>().id}`, s.auth)).json<CouponDetail>()
}
const tokenOf = async (s: QuickSession, couponId: string) =>
  (await get(bank.app, `/coupons/mine/${couponId}/token`, s.auth)).json<RedeemToken>()
const lookup = (by: QuickSession, body: object) => post(bank.app, '/merchant/coupon-lookups', body, by.auth)
const redeem = (by: QuickSession, ticket: string, orderAmountFen: number, requestNo: string) =>
  post(bank.app, '/merchant/redemptions', { ticket, orderAmountFen, requestNo }, by.auth)
const ticketOf = async (by: QuickSession, body: object) => {
  const res = await lookup(by, body)
  expect(res.statusCode).toBe(200)
  return res.json<CouponLookupResult>().ticket
}

describe("the owner's coupon page", () => {
  it('shows a 12-digit code with a good check digit, and a signed QR token that renews', async () => {
    const coupon = await claimed(wang)
    expect(coupon.state).toBe('usable')
    expect(coupon.redeemCode).toMatch(/^\d{12}$/)
    expect(luhnDigit(coupon.redeemCode!.slice(0, 11))).toBe(coupon.redeemCode!.slice(11))
    const first = await tokenOf(wang, coupon.id)
    expect(first.token).toMatch(/^CC1\.C\.[A-Za-z0-9_-]{16}\.\d+\.[A-Za-z0-9_-]{22}$/)
    expect(first.token).not.toContain(coupon.id)
    expect(first.refreshAfterSeconds).toBe(60)
    expect(Date.parse(first.expiresAt) - bank.clock.now().getTime()).toBe(90_000)
    bank.clock.advanceSeconds(60)
    expect((await tokenOf(wang, coupon.id)).token).not.toBe(first.token)
  })

  it("another customer's coupon is not found, by id or for a token", async () => {
    const coupon = await claimed(wang)
    expect((await get(bank.app, `/coupons/mine/${coupon.id}`, li.auth)).statusCode).toBe(404)
    expect((await get(bank.app, `/coupons/mine/${coupon.id}/token`, li.auth)).statusCode).toBe(404)
  })
})

describe('lookup at the till', () => {
  it('finds the coupon by its QR or its code, showing the rule and the owner masked', async () => {
    const coupon = await claimed(wang)
    const { token } = await tokenOf(wang, coupon.id)
    for (const body of [{ token }, { code: coupon.redeemCode }]) {
      const res = await lookup(shop, body)
      expect(res.statusCode).toBe(200)
      const found = res.json<CouponLookupResult>()
      expect(found.coupon).toEqual({
        title: expect.any(String),
        ruleText: '满100减20',
        type: 'discount',
        thresholdFen: 10_000,
        discountFen: 2_000,
        state: 'usable',
        validUntil: coupon.validUntil,
        ownerMasked: '王*国',
      })
      expect(res.body).not.toContain(coupon.id)
      expect(res.body).not.toContain(coupon.redeemCode)
    }
  })

  it('refuses a QR after 90 seconds (a screenshot), a forged or foreign one, and another shop', async () => {
    const coupon = await claimed(wang)
    const { token } = await tokenOf(wang, coupon.id)
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')
    expect(codeOf(await lookup(shop, { token: flipped }))).toBe('REDEEM_TOKEN_INVALID')
    expect(codeOf(await lookup(shop, { token: token.replace('CC1.C.', 'CC1.B.') }))).toBe(
      'REDEEM_TOKEN_INVALID',
    )
    expect(codeOf(await lookup(shop, { token: 'https://example.com/?a=1' }))).toBe('REDEEM_TOKEN_INVALID')
    const foreign = await lookup(otherShop, { token })
    expect([foreign.statusCode, codeOf(foreign)]).toEqual([403, 'COUPON_NOT_THIS_MERCHANT'])
    expect(messageOf(foreign)).toBe('该券只能在戴南好邻居超市（示例）使用')
    bank.clock.advanceSeconds(90)
    expect(codeOf(await lookup(shop, { token }))).toBe('REDEEM_TOKEN_EXPIRED')
  })

  it('refuses a mistyped code without counting it, and locks typing after 5 wrong codes in 15 minutes', async () => {
    const coupon = await claimed(wang)
    const code = coupon.redeemCode!
    const typo = code.slice(0, 11) + String((Number(code[11]) + 1) % 10)
    for (let i = 0; i < 6; i++) expect(codeOf(await lookup(shop, { code: typo }))).toBe('VALIDATION_FAILED')
    const wrongCodes = ['10000000001', '20000000002', '30000000003', '40000000004', '50000000005'].map(
      (body) => body + luhnDigit(body),
    )
    for (const wrong of wrongCodes)
      expect(codeOf(await lookup(shop, { code: wrong }))).toBe('REDEEM_CODE_WRONG')
    const locked = await lookup(shop, { code })
    expect([locked.statusCode, codeOf(locked)]).toEqual([429, 'REDEEM_CODE_LOCKED'])
    expect((locked.json() as ErrorBody).details?.retryAfterSeconds).toBe(15 * 60)
    // Scanning stays open, and the lock is the merchant's, not everyone's.
    expect((await lookup(shop, { token: (await tokenOf(wang, coupon.id)).token })).statusCode).toBe(200)
    bank.clock.advanceSeconds(15 * 60)
    expect((await lookup(shop, { code })).statusCode).toBe(200)
  })

  it('counts parallel wrong guesses under one lock: at most 5 get an answer other than 429', async () => {
    const wrong = Array.from({ length: 12 }, (_, i) => {
      const body = String(70000000000 + i)
      return body + luhnDigit(body)
    })
    const answers = await Promise.all(wrong.map((code) => lookup(shop, { code })))
    expect(answers.filter((res) => res.statusCode === 429)).toHaveLength(7)
  })

  it('needs exactly one of QR and code', async () => {
    expect(codeOf(await lookup(shop, {}))).toBe('VALIDATION_FAILED')
    expect(codeOf(await lookup(shop, { token: 'x', code: '123456789012' }))).toBe('VALIDATION_FAILED')
  })
})

describe('redeeming', () => {
  it('redeems once: the owner sees 已使用 with where and how much, and gets a message', async () => {
    const coupon = await claimed(wang)
    const ticket = await ticketOf(shop, { code: coupon.redeemCode })
    const res = await redeem(shop, ticket, 12_800, 'TILL-20261120-0001')
    expect(res.statusCode).toBe(201)
    const redemption = res.json<MerchantRedemption>()
    expect(redemption).toMatchObject({
      ruleText: '满100减20',
      ownerMasked: '王*国',
      orderAmountFen: 12_800,
      discountFen: 2_000,
      businessDate: '2026-11-20',
      canReverse: true,
      replayed: false,
    })
    const seen = (await get(bank.app, `/coupons/mine/${coupon.id}`, wang.auth)).json<CouponDetail>()
    expect(seen).toMatchObject({
      state: 'used',
      redemption: { merchantName: '戴南好邻居超市（示例）', orderAmountFen: 12_800, discountFen: 2_000 },
    })
    expect(seen).not.toHaveProperty('redeemCode')
    const used = (await get(bank.app, '/coupons/mine?state=used', wang.auth)).json<MyCoupons>()
    expect(used.counts).toMatchObject({ usable: 0, used: 1 })
    expect(codeOf(await get(bank.app, `/coupons/mine/${coupon.id}/token`, wang.auth))).toBe(
      'COUPON_NOT_USABLE',
    )
    const messages = (await get(bank.app, '/messages', wang.auth)).json<{ items: Message[] }>().items
    expect(messages[0]).toMatchObject({
      kind: 'coupon',
      title: '优惠券已使用',
      body: '「满100减20」已在戴南好邻居超市（示例）使用，订单¥128.00，优惠¥20.00。',
      link: { type: 'coupon', id: coupon.id },
    })
  })

  it('answers the same request number with the first result, even after the ticket expired', async () => {
    const coupon = await claimed(wang)
    const ticket = await ticketOf(shop, { code: coupon.redeemCode })
    const first = (await redeem(shop, ticket, 12_800, 'TILL-0001')).json<MerchantRedemption>()
    bank.clock.advanceSeconds(600)
    const again = await redeem(shop, ticket, 12_800, 'TILL-0001')
    expect(again.statusCode).toBe(201)
    expect(again.json<MerchantRedemption>()).toMatchObject({
      id: first.id,
      orderAmountFen: 12_800,
      replayed: true,
    })
    // The same number for another amount is not a retry: the till must not be told it went through.
    expect(codeOf(await redeem(shop, ticket, 99_999, 'TILL-0001'))).toBe('REQUEST_NO_REUSED')
    const other = await claimed(li)
    const otherTicket = await ticketOf(shop, { code: other.redeemCode })
    expect(codeOf(await redeem(shop, otherTicket, 12_800, 'TILL-0001'))).toBe('REQUEST_NO_REUSED')
  })

  it('says when and where a used coupon was redeemed, to a new request number', async () => {
    const coupon = await claimed(wang)
    const ticket = await ticketOf(shop, { code: coupon.redeemCode })
    expect((await redeem(shop, ticket, 12_800, 'TILL-0001')).statusCode).toBe(201)
    bank.clock.advanceSeconds(60)
    const twice = await redeem(shop, ticket, 12_800, 'TILL-0002')
    expect([twice.statusCode, codeOf(twice)]).toEqual([409, 'COUPON_ALREADY_REDEEMED'])
    expect(messageOf(twice)).toBe('该券已于今天 09:00在戴南好邻居超市（示例）核销')
    expect((twice.json() as ErrorBody).details?.redeemedAt).toBe('2026-11-20T01:00:00.000Z')
    expect(codeOf(await lookup(shop, { code: coupon.redeemCode }))).toBe('COUPON_ALREADY_REDEEMED')
  })

  it('refuses an order below the threshold next to the amount, and pays back list price less a fen on 1分购', async () => {
    const coupon = await claimed(wang)
    const ticket = await ticketOf(shop, { code: coupon.redeemCode })
    const low = await redeem(shop, ticket, 9_999, 'TILL-0001')
    expect(codeOf(low)).toBe('ORDER_BELOW_THRESHOLD')
    expect((low.json() as ErrorBody).details?.fields?.[0].field).toBe('orderAmountFen')
    expect(messageOf(low)).toBe('订单金额未满100.00元，不能使用此券')
    expect((await redeem(shop, ticket, 10_000, 'TILL-0002')).statusCode).toBe(201)
    const eggs = await claimed(wang, 'cb_dainan_penny_eggs')
    const eggsTicket = await ticketOf(shop, { code: eggs.redeemCode })
    const res = await redeem(shop, eggsTicket, 1_280, 'TILL-0003')
    expect(res.json<MerchantRedemption>().discountFen).toBe(1_279)
  })

  it("refuses a forged ticket, another merchant's ticket, and an expired one", async () => {
    const coupon = await claimed(wang)
    const ticket = await ticketOf(shop, { code: coupon.redeemCode })
    const forged = ticket.replace('u_m0201', 'u_m0202')
    expect(codeOf(await redeem(otherShop, forged, 12_800, 'TILL-0001'))).toBe('REDEEM_TICKET_INVALID')
    expect(codeOf(await redeem(otherShop, ticket, 12_800, 'TILL-0001'))).toBe('REDEEM_TICKET_INVALID')
    bank.clock.advanceSeconds(301)
    expect(codeOf(await redeem(shop, ticket, 12_800, 'TILL-0001'))).toBe('REDEEM_TICKET_INVALID')
  })

  it('refuses an expired coupon from the first minute after its last day (Beijing)', async () => {
    const coupon = await claimed(wang, 'cb_dainan_penny_eggs') // 7 days: the last day is 11-26
    expect(coupon.validUntil).toBe('2026-11-26')
    bank.clock.advanceSeconds((6 * 24 + 14) * 3600 + 59 * 60 + 59) // 11-26 23:59:59
    const ticket = await ticketOf(shop, { code: coupon.redeemCode })
    bank.clock.advanceSeconds(1) // 11-27 00:00:00
    expect(codeOf(await redeem(shop, ticket, 1_280, 'TILL-0001'))).toBe('COUPON_EXPIRED')
    expect(messageOf(await lookup(shop, { code: coupon.redeemCode }))).toBe('该券已于11月26日过期')
    const expired = (await get(bank.app, '/coupons/mine?state=expired', wang.auth)).json<MyCoupons>()
    expect(expired.items.map((c) => c.id)).toEqual([coupon.id])
  })

  it('refuses a coupon before its first valid day', async () => {
    const coupon = await claimed(wang)
    bank.app.deps.db.prepare("UPDATE coupons SET valid_from = '2026-11-21' WHERE id = ?").run(coupon.id)
    const res = await lookup(shop, { code: coupon.redeemCode })
    expect([codeOf(res), messageOf(res)]).toEqual(['COUPON_NOT_YET_VALID', '该券11月21日起可用'])
  })

  it('redeems once when eight tills try at the same moment', async () => {
    const coupon = await claimed(wang)
    const ticket = await ticketOf(shop, { code: coupon.redeemCode })
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => redeem(shop, ticket, 12_800, `PARALLEL-000${i}`)),
    )
    expect(answers.map((res) => res.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409])
    const live = bank.app.deps.db
      .prepare('SELECT COUNT(*) AS n FROM coupon_redemptions WHERE reversed_at IS NULL')
      .get() as { n: number }
    expect(live.n).toBe(1)
  })
})

describe('reversal and statements', () => {
  it("gives the coupon back the same day, only the merchant's own, and only once", async () => {
    const coupon = await claimed(wang)
    const ticket = await ticketOf(shop, { code: coupon.redeemCode })
    const { id } = (await redeem(shop, ticket, 12_800, 'TILL-0001')).json<MerchantRedemption>()
    expect(
      (await post(bank.app, `/merchant/redemptions/${id}/reversal`, {}, otherShop.auth)).statusCode,
    ).toBe(404)
    const reversed = await post(bank.app, `/merchant/redemptions/${id}/reversal`, {}, shop.auth)
    expect(reversed.statusCode).toBe(200)
    expect(reversed.json<MerchantRedemption>()).toMatchObject({
      canReverse: false,
      reversedAt: expect.any(String),
    })
    expect(codeOf(await post(bank.app, `/merchant/redemptions/${id}/reversal`, {}, shop.auth))).toBe(
      'REDEMPTION_REVERSED',
    )
    const back = (await get(bank.app, `/coupons/mine/${coupon.id}`, wang.auth)).json<CouponDetail>()
    expect(back.state).toBe('usable')
    const messages = (await get(bank.app, '/messages', wang.auth)).json<{ items: Message[] }>().items
    expect(messages[0].title).toBe('优惠券已退回')
    // The till's retry of the reversed redemption is told so, not "success".
    const retry = await redeem(shop, ticket, 12_800, 'TILL-0001')
    expect([codeOf(retry), messageOf(retry)]).toEqual([
      'REDEMPTION_REVERSED',
      '该笔核销已于09:00撤销，券已退回顾客',
    ])
    // The ticket of the first look-up is spent: the customer shows the coupon again.
    expect(codeOf(await redeem(shop, ticket, 12_800, 'TILL-0002'))).toBe('REDEEM_TICKET_INVALID')
    // Usable again: a new look-up and redemption go through.
    const again = await ticketOf(shop, { code: coupon.redeemCode })
    expect((await redeem(shop, again, 10_000, 'TILL-0003')).statusCode).toBe(201)
  })

  it('refuses to reverse a redemption of an earlier day', async () => {
    const coupon = await claimed(wang)
    const ticket = await ticketOf(shop, { code: coupon.redeemCode })
    const { id } = (await redeem(shop, ticket, 12_800, 'TILL-0001')).json<MerchantRedemption>()
    bank.clock.advanceSeconds(15 * 3600) // 11-21 00:00
    expect(codeOf(await post(bank.app, `/merchant/redemptions/${id}/reversal`, {}, shop.auth))).toBe(
      'REVERSAL_WINDOW_CLOSED',
    )
  })

  it('totals each day and lists the statement, leaving reversals out of what is settled', async () => {
    const a = await claimed(wang)
    const b = await claimed(li)
    const first = (
      await redeem(shop, await ticketOf(shop, { code: a.redeemCode }), 12_800, 'TILL-0001')
    ).json<MerchantRedemption>()
    await redeem(shop, await ticketOf(shop, { code: b.redeemCode }), 20_050, 'TILL-0002')
    await post(bank.app, `/merchant/redemptions/${first.id}/reversal`, {}, shop.auth)
    const days = (await get(bank.app, '/merchant/redemption-days', shop.auth)).json<RedemptionDays>()
    expect(days.today).toBe('2026-11-20')
    expect(days.days).toEqual([{ date: '2026-11-20', count: 1, orderAmountFen: 20_050, discountFen: 2_000 }])
    const statement = (await get(bank.app, '/merchant/statements/2026-11-20', shop.auth)).json<Statement>()
    expect(statement.lines.map((l) => [l.requestNo, Boolean(l.reversedAt)])).toEqual([
      ['TILL-0001', true],
      ['TILL-0002', false],
    ])
    expect(statement.totals).toEqual({ count: 1, orderAmountFen: 20_050, discountFen: 2_000 })
    const theirs = (await get(bank.app, '/merchant/statements/2026-11-20', otherShop.auth)).json<Statement>()
    expect(theirs.lines).toEqual([])
    expect(codeOf(await get(bank.app, '/merchant/statements/2026-02-30', shop.auth))).toBe(
      'VALIDATION_FAILED',
    )
  })
})

describe('expiry reminders', () => {
  it('reminds once, three days before the last day, and not for a coupon claimed inside that window', async () => {
    const coupon = await claimed(wang, 'cb_dainan_penny_eggs') // last day 11-26
    const reminders = async () =>
      (await get(bank.app, '/messages', wang.auth))
        .json<{ items: Message[] }>()
        .items.filter((m) => m.title === '优惠券即将过期')
    bank.clock.advanceSeconds(2 * 86_400) // 11-22
    expect(await reminders()).toEqual([])
    bank.clock.advanceSeconds(86_400) // 11-23: three days before
    expect(await reminders()).toEqual([
      expect.objectContaining({
        body: '「1分购 土鸡蛋1盒」（戴南好邻居超市（示例））将于11月26日到期，请尽快使用。',
        link: { type: 'coupon', id: coupon.id },
      }),
    ])
    expect(await reminders()).toHaveLength(1)
    // A coupon claimed on 11-23 whose last day is 11-25 was just seen: no reminder.
    const fresh = await claimed(li, 'cb_dainan_penny_eggs')
    bank.app.deps.db.prepare("UPDATE coupons SET valid_until = '2026-11-25' WHERE id = ?").run(fresh.id)
    const liReminders = (await get(bank.app, '/messages', li.auth))
      .json<{ items: Message[] }>()
      .items.filter((m) => m.title === '优惠券即将过期')
    expect(liReminders).toEqual([])
  })
})
