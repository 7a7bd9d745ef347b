// Campaign sharing (推广) through the API: links issued once per sharer and target, visits counted
// once per visitor, code and Beijing day (anonymous visitors by a bank-signed token, capped per
// address), unknown and expired codes answered silently, first-touch attribution and the chain, and
// what staff see: their links' figures by day, the people brought, their branch's bulletin.
// The clock starts Friday 2026-11-20 09:00.
import type {
  BranchBulletin,
  CampaignLink,
  CampaignPeople,
  CampaignStats,
  CampaignVisitResult,
  StaffCampaignLinkList,
} from '@/contract/campaign'
import type { ErrorBody } from '@/contract/common'
import type { EventPass } from '@/contract/events'
import { SEED_CAMPAIGN_CODE } from '../../mock/seed/campaign'
import { bankForEachTest, book, bookingAt, get, logInAs, post, type QuickSession } from '../support/api-app'
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
    expect(link.sharerName).toMatch(/^张伟 · 戴南支行/)
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
    expect(after.json<CampaignLink>().sharerName).toBe('李*英')
    // A customer who never gave the bank a name is shown by the name they signed up with, masked.
    const fresh = logInAs(bank, '13900000499')
    const freshSignup = { name: '周新', village: '戴南村', partySize: 1 }
    expect((await post(bank.app, `/events/${DAINAN}/signups`, freshSignup, fresh.auth)).statusCode).toBe(201)
    const freshLink = await post(bank.app, '/campaign-links', body, fresh.auth)
    expect(freshLink.json<CampaignLink>().sharerName).toBe('周*')
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
    // Cancelling and signing up again, however often, is still one person brought.
    let current = again.id
    for (let round = 0; round < 3; round += 1) {
      expect((await post(bank.app, `/event-signups/${current}/cancel`, {}, wang.auth)).statusCode).toBe(200)
      const next = await signUp(wang)
      expect(next.statusCode).toBe(201)
      current = next.json<{ id: string }>().id
    }
    const stats = (await get(bank.app, `/staff/campaign-links/${zhang.code}/stats`, zhangStaff.auth)).json<{
      totals: { signups: number }
    }>()
    expect(stats.totals.signups).toBe(1)
    const bulletin = (await get(bank.app, '/staff/branch-bulletin', zhangStaff.auth)).json<{
      rows: { staffName: string; signups: number }[]
    }>()
    expect(bulletin.rows.find((row) => row.staffName === '张伟')?.signups).toBe(1)
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

describe('我的推广 and the branch bulletin', () => {
  const ZHAO = '13900000003'
  const signUp = (s: QuickSession, extra: object = {}, eventId = DAINAN) =>
    post(
      bank.app,
      `/events/${eventId}/signups`,
      { name: '王建国', village: '戴南村', partySize: 1, ...extra },
      s.auth,
    )
  const idOf = (res: { json: () => unknown }) => (res.json() as { id: string }).id
  const statsOf = async (s: QuickSession, code: string, query = '') =>
    get(bank.app, `/staff/campaign-links/${code}/stats${query}`, s.auth)
  const stats = async (code: string, from: string, to: string) =>
    (await statsOf(zhangStaff, code, `?from=${from}&to=${to}`)).json<CampaignStats>()
  const people = async (s: QuickSession, code: string) =>
    (await get(bank.app, `/staff/campaign-links/${code}/people`, s.auth)).json<CampaignPeople>()
  const bulletin = async (s: QuickSession, query: string) =>
    (await get(bank.app, `/staff/branch-bulletin${query}`, s.auth)).json<BranchBulletin>()
  /** Moves the clock to a Beijing wall-clock time; everyone logs in again. */
  const clockTo = (iso: string) => {
    bank.clock.advanceSeconds((Date.parse(iso) - bank.clock.now().getTime()) / 1000)
    wang = logInAs(bank, '13900000001')
    li = logInAs(bank, '13900000002')
    zhangStaff = logInAs(bank, '13900000101')
    liStaff = logInAs(bank, '13900000102')
  }
  const figures = (visits: number, signups: number, checkIns: number, conversions: number) => ({
    visits,
    signups,
    checkIns,
    conversions,
  })

  it('counts visits per person and day, sign-ups, conversions and check-ins through the chain', async () => {
    const zhang = await staffLink(zhangStaff)
    const other = await staffLink(liStaff)
    // 11-20: 王 opens 张伟's link and claims a coupon (before signing up: no conversion later);
    // 李 opens it anonymously and logged in (one person once her token is bound).
    await visit(zhang.code, { auth: wang.auth })
    await post(bank.app, '/coupons/batches/cb_dainan_100_20/claims', {}, wang.auth)
    const token = (await visit(zhang.code)).json<CampaignVisitResult>().visitorToken!
    await visit(zhang.code, { auth: li.auth })
    expect((await stats(zhang.code, '2026-11-20', '2026-11-20')).days[0].visits).toBe(3)
    clockTo('2026-11-21T10:00:00+08:00')
    await visit(other.code, { auth: wang.auth })
    // 11-22: both sign up (first touch: 张伟), 李 books a counter visit afterwards (a conversion).
    clockTo('2026-11-22T10:00:00+08:00')
    expect((await signUp(wang)).statusCode).toBe(201)
    const liSignup = idOf(await signUp(li, { name: '李秀英', visitorToken: token }))
    bank.clock.advanceSeconds(600)
    expect((await book(bank, li, bookingAt('2026-11-23', '10:00'))).statusCode).toBe(201)

    const days = await stats(zhang.code, '2026-11-20', '2026-11-22')
    expect(days.days).toEqual([
      { date: '2026-11-20', ...figures(2, 0, 0, 0) },
      { date: '2026-11-21', ...figures(0, 0, 0, 0) },
      { date: '2026-11-22', ...figures(0, 2, 0, 1) },
    ])
    expect(days.totals).toEqual(figures(2, 2, 0, 1))
    // Fetched by 李强 for his own code: his visit by 王 counted, nobody signed up through it.
    expect(
      (await statsOf(liStaff, other.code, '?from=2026-11-21&to=2026-11-21')).json<CampaignStats>().totals,
    ).toEqual(figures(1, 0, 0, 0))
    expect((await people(liStaff, other.code)).items).toEqual([])

    // 李 shares onward; 赵 opens her link and signs up: level 2 of 张伟's link, credited to 张伟.
    const onward = (
      await post(bank.app, '/campaign-links', { kind: 'event', targetId: DAINAN }, li.auth)
    ).json<CampaignLink>()
    const zhao = logInAs(bank, ZHAO)
    await visit(onward.code, { auth: zhao.auth })
    const zhaoSignup = idOf(await signUp(zhao, { name: '赵小明' }))
    const brought = await people(zhangStaff, zhang.code)
    expect(brought.items.map((p) => [p.nameMasked, p.phoneMasked, p.status, p.converted])).toEqual([
      ['王*国', '139****0001', 'registered', false],
      ['李*英', '139****0002', 'registered', true],
    ])
    expect(brought.items[1].brought).toEqual([
      expect.objectContaining({ signupId: zhaoSignup, nameMasked: '赵*明', phoneMasked: '139****0003' }),
    ])
    expect(brought.items[0].brought).toEqual([])
    expect(brought.level2Count).toBe(1)

    const day = await bulletin(zhangStaff, '?period=day&date=2026-11-22')
    expect(day).toMatchObject({
      branch: { id: 'br_dainan' },
      period: 'day',
      from: '2026-11-22',
      to: '2026-11-22',
    })
    expect(day.rows.map((r) => [r.rank, r.staffName, r.staffCode, r.isMe])).toEqual([
      [1, '张伟', 'XH101', true],
      [2, '孙丽', 'XH109', false],
      [2, '周军', 'XH110', false],
    ])
    // 赵's visit was on 李's link, whose sign-up is credited to 张伟: the whole chain is his.
    expect(day.rows[0]).toMatchObject(figures(1, 3, 0, 1))
    expect(day.totals).toEqual(figures(1, 3, 0, 1))

    // At the venue on 12-12 张伟 checks 李 in: a check-in of that day, for the link and the bulletin.
    clockTo('2026-12-12T13:30:00+08:00')
    const pass = (await get(bank.app, `/event-signups/${liSignup}/pass`, li.auth)).json<EventPass>()
    expect(
      (await post(bank.app, '/staff/event-check-ins', { qrPayload: pass.token }, zhangStaff.auth)).statusCode,
    ).toBe(200)
    expect((await stats(zhang.code, '2026-12-12', '2026-12-12')).totals).toEqual(figures(0, 0, 1, 0))
    expect((await bulletin(zhangStaff, '?date=2026-12-12')).rows[0]).toMatchObject(figures(0, 0, 1, 0))
    expect((await people(zhangStaff, zhang.code)).items[1].status).toBe('checked-in')
  })

  it('counts a week Monday to Sunday by Beijing days: 23:30 Sunday is in it, 00:10 Monday is not', async () => {
    const { code } = await staffLink(zhangStaff)
    clockTo('2026-11-29T23:30:00+08:00') // Sunday, 15:30 UTC
    await visit(code, { auth: wang.auth })
    await signUp(wang)
    clockTo('2026-11-30T00:10:00+08:00') // Monday, 16:10 UTC the day before
    await visit(code, { auth: li.auth })
    await signUp(li, { name: '李秀英' })
    const week = await bulletin(zhangStaff, '?period=week&date=2026-11-26')
    expect([week.from, week.to]).toEqual(['2026-11-23', '2026-11-29'])
    expect(week.rows[0]).toMatchObject({ staffName: '张伟', ...figures(1, 1, 0, 0) })
    const next = await bulletin(zhangStaff, '?period=week&date=2026-11-30')
    expect([next.from, next.to]).toEqual(['2026-11-30', '2026-12-06'])
    expect(next.rows[0]).toMatchObject({ staffName: '张伟', ...figures(1, 1, 0, 0) })
    const days = (await stats(code, '2026-11-29', '2026-11-30')).days
    expect(days.map((d) => [d.date, d.visits, d.signups])).toEqual([
      ['2026-11-29', 1, 1],
      ['2026-11-30', 1, 1],
    ])
  })

  it('shows staff only their own links and their own branch', async () => {
    const zhang = await staffLink(zhangStaff)
    const mine = (await get(bank.app, '/staff/campaign-links', zhangStaff.auth)).json<StaffCampaignLinkList>()
    expect(mine.items.map((l) => l.code)).toEqual([zhang.code, SEED_CAMPAIGN_CODE])
    const theirs = (await get(bank.app, '/staff/campaign-links', liStaff.auth)).json<StaffCampaignLinkList>()
    expect(theirs.items).toEqual([])
    for (const path of ['stats', 'people']) {
      const res = await get(bank.app, `/staff/campaign-links/${zhang.code}/${path}`, liStaff.auth)
      expect([res.statusCode, codeOf(res)]).toEqual([404, 'NOT_FOUND'])
      const unknown = await get(bank.app, `/staff/campaign-links/ZZZZZZZZZZ/${path}`, zhangStaff.auth)
      expect([unknown.statusCode, codeOf(unknown)]).toEqual([404, 'NOT_FOUND'])
    }
    const elsewhere = await get(bank.app, '/staff/branch-bulletin?branchId=br_zhaoyang', zhangStaff.auth)
    expect([elsewhere.statusCode, codeOf(elsewhere)]).toEqual([403, 'NOT_YOUR_BRANCH'])
    const own = await bulletin(liStaff, '')
    expect(own.branch.id).toBe('br_zhaoyang')
    expect(own.rows.map((r) => [r.staffName, r.isMe])).toEqual([['李强', true]])
    expect(own.from).toBe('2026-11-20')
  })

  it('answers every day of a range, 14 days by default and 31 at most', async () => {
    const byDefault = (await statsOf(zhangStaff, SEED_CAMPAIGN_CODE)).json<CampaignStats>()
    expect([byDefault.from, byDefault.to, byDefault.days.length]).toEqual(['2026-11-07', '2026-11-20', 14])
    expect(byDefault.days.every((d, i) => i === 0 || d.date > byDefault.days[i - 1].date)).toBe(true)
    for (const query of [
      '?from=2026-10-20&to=2026-11-20',
      '?from=2026-11-21&to=2026-11-20',
      '?to=2026-02-30',
    ]) {
      const res = await statsOf(zhangStaff, SEED_CAMPAIGN_CODE, query)
      expect([query, res.statusCode, codeOf(res)]).toEqual([query, 400, 'VALIDATION_FAILED'])
    }
    expect((await statsOf(zhangStaff, SEED_CAMPAIGN_CODE, '?from=2026-10-21&to=2026-11-20')).statusCode).toBe(
      200,
    )
  })

  it('has the seeded link with its figures, its past event and the people of both levels', async () => {
    const [seeded] = (
      await get(bank.app, '/staff/campaign-links', zhangStaff.auth)
    ).json<StaffCampaignLinkList>().items
    expect(seeded).toMatchObject({ code: SEED_CAMPAIGN_CODE, ended: true, expired: false })
    // 32 anonymous visits over ten days, 陈立新's and 周小平's (bound) first visits; both came.
    expect(seeded.totals).toEqual(figures(34, 2, 2, 0))
    const seededPeople = await people(zhangStaff, SEED_CAMPAIGN_CODE)
    expect(seededPeople.items.map((p) => [p.phoneMasked, p.status, p.brought.map((b) => b.status)])).toEqual([
      ['139****0004', 'checked-in', []],
      ['139****0003', 'checked-in', ['no-show']],
    ])
    const week = await bulletin(logInAs(bank, '13900000109'), '?period=week&date=2026-11-16')
    expect(week.rows.map((r) => [r.staffName, r.isMe, r.signups, r.checkIns])).toEqual([
      ['张伟', false, 1, 2],
      ['孙丽', true, 0, 0],
      ['周军', false, 0, 0],
    ])
  })

  it('never answers a phone number or an anonymous visitor', async () => {
    const { code } = await staffLink(zhangStaff)
    const token = (await visit(code)).json<CampaignVisitResult>().visitorToken!
    await signUp(wang, { visitorToken: token })
    const answers = await Promise.all([
      get(bank.app, '/staff/campaign-links', zhangStaff.auth),
      statsOf(zhangStaff, code),
      get(bank.app, `/staff/campaign-links/${code}/people`, zhangStaff.auth),
      get(bank.app, `/staff/campaign-links/${SEED_CAMPAIGN_CODE}/people`, zhangStaff.auth),
      get(bank.app, '/staff/branch-bulletin?period=week', zhangStaff.auth),
    ])
    for (const res of answers) {
      expect(res.statusCode).toBe(200)
      expect(res.body).not.toMatch(/1\d{10}/)
      expect(res.body).not.toContain('anon:')
      expect(res.body).not.toContain('SeedVisitor')
    }
  })
})

describe('attribution limits', () => {
  const signUp = (s: QuickSession, eventId: string) =>
    post(bank.app, `/events/${eventId}/signups`, { name: '王建国', village: '戴南村', partySize: 1 }, s.auth)
  const codeOfSignup = (id: string) =>
    (
      bank.app.deps.db.prepare('SELECT attribution_id AS code FROM event_signups WHERE id = ?').get(id) as {
        code: string | null
      }
    ).code

  it('credits a first visit up to 30 days before the sign-up, not older', async () => {
    const ZHUHONG = 'ev_zhuhong_village' // 2027-01-08
    const { code } = await staffLink(zhangStaff, ZHUHONG)
    await visit(code, { auth: wang.auth })
    bank.clock.advanceSeconds(5 * 3600)
    await visit(code, { auth: li.auth })
    bank.clock.advanceSeconds(30 * 86_400 - 3 * 3600) // 王's visit is 30 days and 2 hours old, 李's 29 days 22 hours
    wang = logInAs(bank, '13900000001')
    li = logInAs(bank, '13900000002')
    expect(codeOfSignup((await signUp(wang, ZHUHONG)).json<{ id: string }>().id)).toBeNull()
    expect(codeOfSignup((await signUp(li, ZHUHONG)).json<{ id: string }>().id)).toBe(code)
  })

  it('never credits a person to someone they brought (no two-person loop)', async () => {
    // 王 signs up unattributed and shares; 李 comes through his link; 王 later opens 李's link.
    const wangFirst = (await signUp(wang, DAINAN)).json<{ id: string }>().id
    const w = (
      await post(bank.app, '/campaign-links', { kind: 'event', targetId: DAINAN }, wang.auth)
    ).json<CampaignLink>()
    await visit(w.code, { auth: li.auth })
    const liSignup = (await signUp(li, DAINAN)).json<{ id: string }>().id
    expect(codeOfSignup(liSignup)).toBe(w.code)
    const l = (
      await post(bank.app, '/campaign-links', { kind: 'event', targetId: DAINAN }, li.auth)
    ).json<CampaignLink>()
    await visit(l.code, { auth: wang.auth })
    await post(bank.app, `/event-signups/${wangFirst}/cancel`, {}, wang.auth)
    const again = (await signUp(wang, DAINAN)).json<{ id: string }>().id
    expect(codeOfSignup(again)).toBeNull()
  })
})
