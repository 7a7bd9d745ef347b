// Campaign sharing (推广) through the API: links issued once per sharer and target, visits counted
// once per visitor, code and Beijing day (anonymous visitors by a bank-signed token, capped per
// address), unknown and expired codes answered silently. The clock starts Friday 2026-11-20 09:00.
import type { CampaignLink, CampaignVisitResult } from '@/contract/campaign'
import type { ErrorBody } from '@/contract/common'
import { bankForEachTest, logInAs, post, type QuickSession } from '../support/api-app'
import { storeSnapshot } from '../support/world'

const bank = bankForEachTest()
const DAINAN = 'ev_dainan_thanks' // 12-12 14:00–16:30 Beijing, 戴南支行
const CODE = /^[2-9A-HJKMNP-Z]{10}$/
const TOKEN = /^CV1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/

let wang: QuickSession
let li: QuickSession
let zhangStaff: QuickSession // 张伟, 戴南支行
let liStaff: QuickSession // 李强, 昭阳支行
beforeEach(() => {
  wang = logInAs(bank, '13900000001')
  li = logInAs(bank, '13900000002')
  zhangStaff = logInAs(bank, '13900000101')
  liStaff = logInAs(bank, '13900000102')
})

const codeOf = (res: { json: () => unknown }) => (res.json() as ErrorBody).code
const staffLink = async (s: QuickSession, targetId = DAINAN, kind = 'event') =>
  (await post(bank.app, '/staff/campaign-links', { kind, targetId }, s.auth)).json<CampaignLink>()
const visit = (
  code: string,
  options: { auth?: Record<string, string>; token?: string; via?: string; address?: string } = {},
) =>
  bank.app.inject({
    method: 'POST',
    url: '/api/v1/campaign-visits',
    payload: { code, via: options.via ?? 'share', ...(options.token ? { visitorToken: options.token } : {}) },
    headers: options.auth ?? {},
    remoteAddress: options.address ?? '127.0.0.1',
  })
const visitorsOn = (code: string, date: string) =>
  (
    bank.app.deps.db
      .prepare('SELECT COUNT(*) AS n FROM campaign_visits WHERE code = ? AND date = ?')
      .get(code, date) as { n: number }
  ).n

describe('links', () => {
  it('issues one code per sharer and event, with the share path, timeline query and scene', async () => {
    const first = await post(
      bank.app,
      '/staff/campaign-links',
      { kind: 'event', targetId: DAINAN },
      zhangStaff.auth,
    )
    expect(first.statusCode).toBe(201)
    const link = first.json<CampaignLink>()
    expect(link.code).toMatch(CODE)
    expect(link.link).toBe(`http://127.0.0.1:10086/e/${link.code}`)
    expect(link.weappPath).toBe(`/packages/event/detail/index?id=${DAINAN}&r=${link.code}`)
    expect(link.timelineQuery).toBe(`id=${DAINAN}&r=${link.code}`)
    expect(link.scene).toBe(link.code)
    expect(link.scene.length).toBeLessThanOrEqual(32)
    expect(link.sharerName).toMatch(/^张伟（戴南支行/)
    expect(link.title).toBeTruthy()

    const again = await post(
      bank.app,
      '/staff/campaign-links',
      { kind: 'event', targetId: DAINAN },
      zhangStaff.auth,
    )
    expect(again.statusCode).toBe(200)
    expect(again.json<CampaignLink>().code).toBe(link.code)
    expect((await staffLink(liStaff)).code).not.toBe(link.code)
  })

  it('gives a customer a link only for an event they signed up for, never for a product', async () => {
    const body = { kind: 'event', targetId: DAINAN }
    const before = await post(bank.app, '/campaign-links', body, li.auth)
    expect([before.statusCode, codeOf(before)]).toEqual([422, 'CAMPAIGN_LINK_NOT_ALLOWED'])
    const signed = await post(
      bank.app,
      `/events/${DAINAN}/signups`,
      { name: '李秀英', village: '戴南村', partySize: 1 },
      li.auth,
    )
    expect(signed.statusCode).toBe(201)
    const after = await post(bank.app, '/campaign-links', body, li.auth)
    expect(after.statusCode).toBe(201)
    expect(after.json<CampaignLink>().sharerName).not.toContain('李秀英')
    const product = await post(
      bank.app,
      '/campaign-links',
      { kind: 'product', targetId: 'pd_time_deposit' },
      li.auth,
    )
    expect([product.statusCode, codeOf(product)]).toEqual([422, 'CAMPAIGN_LINK_NOT_ALLOWED'])
  })

  it('answers 404 for an unknown event and refuses a new link for an ended one', async () => {
    const unknown = await post(
      bank.app,
      '/staff/campaign-links',
      { kind: 'event', targetId: 'ev_nope' },
      zhangStaff.auth,
    )
    expect(unknown.statusCode).toBe(404)
    const existing = await staffLink(zhangStaff)
    bank.clock.advanceSeconds(30 * 86_400) // past 12-12
    zhangStaff = logInAs(bank, '13900000101')
    liStaff = logInAs(bank, '13900000102')
    const kept = await post(
      bank.app,
      '/staff/campaign-links',
      { kind: 'event', targetId: DAINAN },
      zhangStaff.auth,
    )
    expect([kept.statusCode, kept.json<CampaignLink>().code]).toEqual([200, existing.code])
    const fresh = await post(
      bank.app,
      '/staff/campaign-links',
      { kind: 'event', targetId: DAINAN },
      liStaff.auth,
    )
    expect([fresh.statusCode, codeOf(fresh)]).toEqual([422, 'CAMPAIGN_TARGET_CLOSED'])
  })
})

describe('visits', () => {
  it('counts each visitor once a day: anonymous by token, logged in by user, never the sharer', async () => {
    const { code } = await staffLink(zhangStaff)
    const first = await visit(code)
    expect(first.statusCode).toBe(200)
    const answer = first.json<CampaignVisitResult>()
    expect(answer).toMatchObject({ counted: true, target: { kind: 'event', id: DAINAN } })
    expect(answer.visitorToken).toMatch(TOKEN)
    const again = (await visit(code, { token: answer.visitorToken })).json<CampaignVisitResult>()
    expect(again.counted).toBe(true)
    expect(again.visitorToken).toBeUndefined()
    expect(visitorsOn(code, '2026-11-20')).toBe(1)

    for (let i = 0; i < 3; i++) await visit(code, { auth: wang.auth })
    expect(visitorsOn(code, '2026-11-20')).toBe(2)
    const own = (await visit(code, { auth: zhangStaff.auth })).json<CampaignVisitResult>()
    expect(own.counted).toBe(false)
    expect(visitorsOn(code, '2026-11-20')).toBe(2)

    bank.clock.advanceSeconds(86_400)
    wang = logInAs(bank, '13900000001')
    await visit(code, { auth: wang.auth })
    expect(visitorsOn(code, '2026-11-21')).toBe(1)
  })

  it('credits nobody for an unknown or expired code, and refuses a malformed one', async () => {
    const before = storeSnapshot(bank)
    const unknown = await visit('ZZZZZZZZZZ')
    expect([unknown.statusCode, unknown.json()]).toEqual([200, { counted: false }])
    expect(storeSnapshot(bank)).toEqual(before)

    const { code } = await staffLink(zhangStaff)
    bank.clock.advanceSeconds((Date.parse('2026-12-12T16:30:00+08:00') - bank.clock.now().getTime()) / 1000)
    bank.clock.advanceSeconds(31 * 86_400)
    const expired = await visit(code)
    expect([expired.statusCode, expired.json()]).toEqual([
      200,
      { counted: false, target: { kind: 'event', id: DAINAN } },
    ])
    expect(
      (
        bank.app.deps.db.prepare('SELECT COUNT(*) AS n FROM campaign_visits WHERE code = ?').get(code) as {
          n: number
        }
      ).n,
    ).toBe(0)

    const malformed = await visit('abc')
    expect([malformed.statusCode, codeOf(malformed)]).toEqual([400, 'VALIDATION_FAILED'])
  })

  it('ignores a forged token: the visit mints a fresh one', async () => {
    const { code } = await staffLink(zhangStaff)
    const forged = `CV1.${'A'.repeat(22)}.${'B'.repeat(22)}`
    const answer = (await visit(code, { token: forged })).json<CampaignVisitResult>()
    expect(answer.counted).toBe(true)
    expect(answer.visitorToken).toMatch(TOKEN)
    expect(answer.visitorToken).not.toBe(forged)
  })

  it('caps new anonymous visitors per address and day, keeping no address', async () => {
    const { code } = await staffLink(zhangStaff)
    for (let i = 0; i < 50; i++) {
      const res = (await visit(code, { address: '10.1.2.3' })).json<CampaignVisitResult>()
      expect(res.visitorToken).toMatch(TOKEN)
    }
    const capped = (await visit(code, { address: '10.1.2.3' })).json<CampaignVisitResult>()
    expect(capped).toEqual({ counted: false, target: { kind: 'event', id: DAINAN } })
    const other = (await visit(code, { address: '10.9.9.9' })).json<CampaignVisitResult>()
    expect(other.visitorToken).toMatch(TOKEN)
    expect(visitorsOn(code, '2026-11-20')).toBe(51)
    const mints = bank.app.deps.db.prepare('SELECT caller_hash FROM campaign_visitor_mints').all() as {
      caller_hash: string
    }[]
    expect(mints.map((m) => m.caller_hash.length)).toEqual([22, 22])
    expect(JSON.stringify([...storeSnapshot(bank).values()])).not.toContain('10.1.2.3')
  })
})

describe('attribution at sign-up', () => {
  const signUp = (s: QuickSession, extra: object = {}) =>
    post(
      bank.app,
      `/events/${DAINAN}/signups`,
      { name: '王建国', village: '戴南村', partySize: 1, ...extra },
      s.auth,
    )
  const creditOf = (signupId: string) =>
    bank.app.deps.db
      .prepare(
        'SELECT attribution_id AS code, credit_staff_id AS staff, credit_depth AS depth FROM event_signups WHERE id = ?',
      )
      .get(signupId) as { code: string | null; staff: string | null; depth: number | null }
  const nextDay = () => {
    bank.clock.advanceSeconds(86_400)
    wang = logInAs(bank, '13900000001')
    li = logInAs(bank, '13900000002')
    zhangStaff = logInAs(bank, '13900000101')
    liStaff = logInAs(bank, '13900000102')
  }

  it('credits the first link seen, and keeps it across cancel and sign-up again', async () => {
    const zhang = await staffLink(zhangStaff)
    const other = await staffLink(liStaff)
    await visit(zhang.code, { auth: wang.auth })
    nextDay()
    await visit(other.code, { auth: wang.auth })
    nextDay()
    const first = (await signUp(wang)).json<{ id: string }>()
    expect(creditOf(first.id)).toEqual({ code: zhang.code, staff: 'u_s0101', depth: 1 })
    await post(bank.app, `/event-signups/${first.id}/cancel`, {}, wang.auth)
    const again = (await signUp(wang)).json<{ id: string }>()
    expect(creditOf(again.id).code).toBe(zhang.code)
  })

  it('binds an anonymous visit at sign-up; a forged or already bound token credits nobody', async () => {
    const { code } = await staffLink(zhangStaff)
    const token = (await visit(code)).json<CampaignVisitResult>().visitorToken!
    const li1 = (await signUp(li, { name: '李秀英', visitorToken: token })).json<{ id: string }>()
    expect(creditOf(li1.id).code).toBe(code)
    const wang1 = (await signUp(wang, { visitorToken: token })).json<{ id: string }>()
    expect(creditOf(wang1.id).code).toBeNull()

    const forged = `CV1.${'A'.repeat(22)}.${'B'.repeat(22)}`
    const zhao = logInAs(bank, '13900000003')
    const res = await signUp(zhao, { name: '赵小明', visitorToken: forged })
    expect(res.statusCode).toBe(201)
    expect(creditOf(res.json<{ id: string }>().id).code).toBeNull()
  })

  it('keeps the chain: a customer brought by staff passes the credit on, one level deeper', async () => {
    const { code } = await staffLink(zhangStaff)
    await visit(code, { auth: li.auth })
    const liSignup = (await signUp(li, { name: '李秀英' })).json<{ id: string }>()
    expect(creditOf(liSignup.id)).toEqual({ code, staff: 'u_s0101', depth: 1 })
    const l2 = (
      await post(bank.app, '/campaign-links', { kind: 'event', targetId: DAINAN }, li.auth)
    ).json<CampaignLink>()
    await visit(l2.code, { auth: wang.auth })
    const wangSignup = (await signUp(wang)).json<{ id: string }>()
    expect(creditOf(wangSignup.id)).toEqual({ code: l2.code, staff: 'u_s0101', depth: 2 })
  })
})
