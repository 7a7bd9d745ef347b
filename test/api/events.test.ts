// Campaign events through the API: the list a visitor browses, an event with the bank's sanitised
// description and products with APR, the sign-up rules, the waitlist promoted in order with a message,
// 我的活动 statuses on the bank's clock (未到场 after the end), the check-in pass and staff check-in at
// the venue, and publishing from a template. The test clock starts on Friday 2026-11-20 09:00 Beijing.
import type { ErrorBody } from '@/contract/common'
import type {
  EventCheckInResult,
  EventDetail,
  EventPage,
  EventPass,
  EventSignup,
  EventTemplateList,
  MyEventSignups,
} from '@/contract/events'
import type { MessagesResult } from '@/contract/messages'
import { get, logInAs, logInCustomers, post, type QuickSession, bankForEachTest } from '../support/api-app'

const bank = bankForEachTest()
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

const DAINAN = 'ev_dainan_thanks' // 12-12 14:00–16:30, 60 places, 戴南支行
const SHAGOU_FULL = 'ev_shagou_village_full' // 3 places, all taken by two seeded parties
const SCRIPTED = 'ev_qianduo_salon' // its stored description carries a script

const codeOf = (res: { json: () => unknown }) => (res.json() as ErrorBody).code
const list = async (query = '') => (await get(bank.app, `/events${query}`)).json<EventPage>()
const detail = async (id: string, s?: QuickSession) =>
  (await get(bank.app, `/events/${id}`, s?.auth)).json<EventDetail>()
const form = (s: QuickSession, extra: object = {}) => ({
  name: '王建国',
  phone: s.phone,
  village: '戴南村',
  partySize: 1,
  ...extra,
})
const signUp = (s: QuickSession, eventId: string, extra: object = {}, headers: Record<string, string> = {}) =>
  post(bank.app, `/events/${eventId}/signups`, form(s, extra), { ...s.auth, ...headers })
const cancel = (s: QuickSession, signupId: string) =>
  post(bank.app, `/event-signups/${signupId}/cancel`, {}, s.auth)
const mine = async (s: QuickSession) => (await get(bank.app, '/event-signups', s.auth)).json<MyEventSignups>()
const checkIn = (s: QuickSession, body: object) => post(bank.app, '/staff/event-check-ins', body, s.auth)
/** Moves the test clock to a Beijing wall-clock time; everyone logs in again (sessions last 7 days). */
function clockTo(iso: string) {
  bank.clock.advanceSeconds((Date.parse(iso) - bank.clock.now().getTime()) / 1000)
  wang = logInAs(bank, '13900000001')
  li = logInAs(bank, '13900000002')
  zhangStaff = logInAs(bank, '13900000101')
  liStaff = logInAs(bank, '13900000102')
}

describe('the list', () => {
  it('shows upcoming events soonest first with host, capacity and places left; 往期 keeps past ones', async () => {
    const page = await list()
    expect(page.items.map((e) => e.id)).toEqual([
      DAINAN,
      'ev_zhangguo_village',
      SHAGOU_FULL,
      'ev_anfeng_salon',
      'ev_zhaoyang_association',
      SCRIPTED,
      'ev_zhuhong_village',
    ])
    expect(page.items[0]).toMatchObject({
      type: 'thank-you',
      title: '戴南镇客户答谢会',
      town: '戴南镇',
      host: { id: 'br_dainan', name: '戴南支行（示例）' },
      start: '2026-12-12T14:00:00+08:00',
      capacity: 60,
      placesLeft: 60,
      state: 'open',
    })
    expect(page.items.find((e) => e.id === SHAGOU_FULL)).toMatchObject({ placesLeft: 0, state: 'full' })
    expect((await list('?scope=past')).items.map((e) => e.id)).toEqual([
      'ev_dainan_salon_past',
      'ev_chenbao_thanks_past',
    ])
  })

  it('filters by town and type, and pages with a cursor', async () => {
    expect((await list(`?town=${encodeURIComponent('戴南镇')}`)).items.map((e) => e.id)).toEqual([DAINAN])
    expect((await list('?type=village-credit')).items.map((e) => e.id)).toEqual([
      'ev_zhangguo_village',
      SHAGOU_FULL,
      'ev_zhuhong_village',
    ])
    const first = await list('?limit=3')
    expect(first.nextCursor).toBe('3')
    const second = await list(`?limit=3&cursor=${first.nextCursor}`)
    const third = await list(`?limit=3&cursor=${second.nextCursor}`)
    expect(third.nextCursor).toBeNull()
    expect([...first.items, ...second.items, ...third.items].map((e) => e.id)).toEqual(
      (await list()).items.map((e) => e.id),
    )
    expect(codeOf(await get(bank.app, '/events?cursor=abc'))).toBe('VALIDATION_FAILED')
    expect(codeOf(await get(bank.app, '/events?type=party'))).toBe('VALIDATION_FAILED')
  })
})

describe('an event', () => {
  it('has its agenda, what attendees get, and every loan product with its APR range', async () => {
    const event = await detail(DAINAN)
    expect(event.agenda[0]).toEqual({ time: '14:00', item: '签到入场' })
    expect(event.benefits).toContain('精美伴手礼一份')
    const loan = event.products.find((p) => p.category === 'loan')
    expect(loan).toMatchObject({ id: 'pd_sunshine_loan', aprMinBp: 365, aprMaxBp: 720 })
    for (const p of event.products.filter((x) => x.category === 'loan')) {
      expect(p.aprMinBp).toEqual(expect.any(Number))
      expect(p.aprMaxBp).toEqual(expect.any(Number))
    }
    expect(event).not.toHaveProperty('mySignup')
    expect(codeOf(await get(bank.app, '/events/ev_nope'))).toBe('NOT_FOUND')
  })

  it('a description stored with a script is served clean: no script, handler, javascript: or iframe; text kept', async () => {
    const stored = bank.app.deps.db
      .prepare('SELECT description_html FROM events WHERE id = ?')
      .get(SCRIPTED) as {
      description_html: string
    }
    expect(stored.description_html).toContain('<script>')
    const html = (await detail(SCRIPTED)).descriptionHtml
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|alert/i)
    expect(html).toContain('欢迎参加千垛镇商户沙龙！')
    expect(html).toContain('<p>现场有收款码办理。</p>')
    expect(html).toContain('点此报名')
  })
})

describe('signing up', () => {
  it('registers the party, counts people, and shows the sign-up on the event and in 我的活动', async () => {
    const res = await signUp(wang, DAINAN, { partySize: 3 })
    expect(res.statusCode).toBe(201)
    const signup = res.json<EventSignup>()
    expect(signup).toMatchObject({
      status: 'registered',
      partySize: 3,
      canCancel: true,
      event: { id: DAINAN, placesLeft: 57 },
    })
    expect((await detail(DAINAN, wang)).mySignup).toMatchObject({ id: signup.id, status: 'registered' })
    expect((await detail(DAINAN, li)).mySignup).toBeUndefined()
    expect((await mine(wang)).items.map((s) => [s.event.id, s.status])).toEqual([[DAINAN, 'registered']])
    expect((await mine(li)).items).toEqual([])
    expect(JSON.stringify(signup)).not.toContain(wang.phone) // masked: 139****0001
    expect(signup.phoneMasked).toBe('139****0001')
    // Without a phone typed, the bank uses the one the customer logged in with.
    const withLogin = await post(
      bank.app,
      `/events/${DAINAN}/signups`,
      { name: '李秀英', village: '张郭村', partySize: 1 },
      li.auth,
    )
    expect(withLogin.json<EventSignup>().phoneMasked).toBe('139****0002')
  })

  it('one sign-up per person: a second is 409 with a clear message; after cancelling one may sign up again', async () => {
    const first = (await signUp(wang, DAINAN)).json<EventSignup>()
    const again = await signUp(wang, DAINAN, { partySize: 2 })
    expect(again.statusCode).toBe(409)
    expect(again.json<ErrorBody>()).toMatchObject({
      code: 'EVENT_ALREADY_SIGNED_UP',
      message: expect.stringContaining('您已报名该活动'),
    })
    expect((await cancel(wang, first.id)).json<EventSignup>()).toMatchObject({
      status: 'cancelled',
      event: { placesLeft: 60 },
    })
    expect((await signUp(wang, DAINAN, { partySize: 2 })).statusCode).toBe(201)
  })

  it('an Idempotency-Key replays the first answer instead of refusing a retried tap', async () => {
    const key = { 'idempotency-key': 'event-signup-0001' }
    const first = await signUp(wang, DAINAN, {}, key)
    const retry = await signUp(wang, DAINAN, {}, key)
    expect(retry.statusCode).toBe(201)
    expect(retry.headers['idempotency-replayed']).toBe('true')
    expect(retry.json<EventSignup>().id).toBe(first.json<EventSignup>().id)
  })

  it('refuses bad fields by name, parties over 5, and sign-ups once the event has started', async () => {
    const bad = await signUp(wang, DAINAN, { name: 'x', partySize: 6, phone: '12345' })
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json<ErrorBody>()
        .details?.fields?.map((f) => f.field)
        .sort(),
    ).toEqual(['name', 'partySize', 'phone'])
    expect(codeOf(await signUp(wang, 'ev_nope'))).toBe('NOT_FOUND')
    expect(codeOf(await signUp(wang, 'ev_chenbao_thanks_past'))).toBe('EVENT_SIGNUP_CLOSED')
    clockTo('2026-12-12T14:05:00+08:00')
    const late = await signUp(wang, DAINAN)
    expect([late.statusCode, codeOf(late)]).toEqual([422, 'EVENT_SIGNUP_CLOSED'])
    // Staff and merchants do not sign up as customers.
    expect((await signUp(zhangStaff, DAINAN)).statusCode).toBe(403)
  })
})

describe('the waitlist', () => {
  it('a full event puts new sign-ups in line; a cancel promotes the first whose party fits, who gets a message', async () => {
    const [a, b, c] = logInCustomers(bank, 3)
    const big = (await signUp(a, SHAGOU_FULL, { partySize: 3 })).json<EventSignup>()
    const one = (await signUp(b, SHAGOU_FULL, { partySize: 1 })).json<EventSignup>()
    const two = (await signUp(c, SHAGOU_FULL, { partySize: 2 })).json<EventSignup>()
    expect([big, one, two].map((s) => [s.status, s.waitlistPosition])).toEqual([
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
    ])
    expect((await detail(SHAGOU_FULL)).waitlisted).toBe(3)

    // 吴大海 (1 person) cancels: the party of 3 does not fit, the single person behind it does.
    const wu = logInAs(bank, '13900000005')
    expect((await cancel(wu, 'es_shagou_0005')).statusCode).toBe(200)
    expect((await detail(SHAGOU_FULL, b)).mySignup).toMatchObject({ status: 'registered' })
    expect((await detail(SHAGOU_FULL, a)).mySignup).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
    })
    expect((await detail(SHAGOU_FULL, c)).mySignup).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 2,
    })
    const messages = (await get(bank.app, '/messages', b.auth)).json<MessagesResult>()
    expect(messages.items[0]).toMatchObject({
      kind: 'event',
      title: '候补成功，已为您报名',
      link: { type: 'event', id: SHAGOU_FULL },
    })
    expect(messages.items[0].body).toContain('沙沟镇整村授信宣讲会')
    expect((await get(bank.app, '/messages', a.auth)).json<MessagesResult>().items).toEqual([])

    // 周小平's party of 2 cancels: 2 places, the party of 3 still waits, the party of 2 gets in.
    const zhou = logInAs(bank, '13900000003')
    await cancel(zhou, 'es_shagou_0003')
    expect((await detail(SHAGOU_FULL, c)).mySignup?.status).toBe('registered')
    const after = await detail(SHAGOU_FULL, a)
    expect(after).toMatchObject({ placesLeft: 0, waitlisted: 1, mySignup: { waitlistPosition: 1 } })
    // Totals add up: the registered parties fill exactly the capacity.
    const seated = bank.app.deps.db
      .prepare("SELECT SUM(party_size) AS n FROM event_signups WHERE event_id = ? AND status = 'registered'")
      .get(SHAGOU_FULL) as { n: number }
    expect(seated.n).toBe(3)
  })

  it('a cancel is refused once the event has started, and twice; another customer’s sign-up is 404', async () => {
    const signup = (await signUp(wang, DAINAN)).json<EventSignup>()
    expect(codeOf(await cancel(li, signup.id))).toBe('NOT_FOUND')
    expect(codeOf(await get(bank.app, `/event-signups/${signup.id}/pass`, li.auth))).toBe('NOT_FOUND')
    expect(JSON.stringify(await mine(li))).not.toContain(signup.id)
    clockTo('2026-12-12T14:00:00+08:00')
    expect(codeOf(await cancel(wang, signup.id))).toBe('EVENT_CANCEL_CLOSED')
    const other = (await signUp(li, 'ev_zhuhong_village', { name: '李秀英' })).json<EventSignup>()
    await cancel(li, other.id)
    expect(codeOf(await cancel(li, other.id))).toBe('EVENT_SIGNUP_NOT_ACTIVE')
  })
})

describe('check-in at the venue', () => {
  it('the pass is a signed CC1.E. QR with a 6-digit code; staff of the host branch check in by either, once', async () => {
    const signup = (await signUp(wang, DAINAN, { partySize: 2 })).json<EventSignup>()
    const pass = (await get(bank.app, `/event-signups/${signup.id}/pass`, wang.auth)).json<EventPass>()
    expect(pass.token).toMatch(/^CC1\.E\./)
    expect(pass.code).toMatch(/^\d{6}$/)

    // Too early, and another branch's staff, are refused.
    expect(codeOf(await checkIn(zhangStaff, { qrPayload: pass.token }))).toBe('EVENT_CHECK_IN_CLOSED')
    clockTo('2026-12-12T13:30:00+08:00')
    expect(codeOf(await checkIn(liStaff, { qrPayload: pass.token }))).toBe('NOT_YOUR_BRANCH')
    // Typed codes too, right or wrong alike: another branch cannot tell a real code from a guess.
    expect(codeOf(await checkIn(liStaff, { eventId: DAINAN, code: pass.code }))).toBe('NOT_YOUR_BRANCH')
    const wrong = pass.code === '000000' ? '111111' : '000000'
    expect(codeOf(await checkIn(liStaff, { eventId: DAINAN, code: wrong }))).toBe('NOT_YOUR_BRANCH')
    expect(codeOf(await checkIn(zhangStaff, { qrPayload: `${pass.token.slice(0, -2)}xx` }))).toBe(
      'QR_INVALID',
    )

    const res = await checkIn(zhangStaff, { qrPayload: pass.token })
    expect(res.statusCode).toBe(200)
    expect(res.json<EventCheckInResult>()).toMatchObject({
      nameMasked: '王*国',
      phoneMasked: '139****0001',
      partySize: 2,
      eventTitle: '戴南镇客户答谢会',
    })
    expect(codeOf(await checkIn(zhangStaff, { eventId: DAINAN, code: pass.code }))).toBe(
      'EVENT_ALREADY_CHECKED_IN',
    )
    expect((await mine(wang)).items[0].status).toBe('checked-in')
    expect(codeOf(await get(bank.app, `/event-signups/${signup.id}/pass`, wang.auth))).toBe(
      'EVENT_PASS_UNAVAILABLE',
    )
  })

  it('a typed code checks in; wrong codes are counted until staff must wait; waitlisted people have no pass', async () => {
    const signup = (await signUp(li, DAINAN, { name: '李秀英' })).json<EventSignup>()
    const { code } = (await get(bank.app, `/event-signups/${signup.id}/pass`, li.auth)).json<EventPass>()
    clockTo('2026-12-12T14:10:00+08:00')
    const wrong = code === '000000' ? '000001' : '000000'
    for (let i = 0; i < 10; i++)
      expect(codeOf(await checkIn(zhangStaff, { eventId: DAINAN, code: wrong }))).toBe('CHECK_IN_CODE_WRONG')
    const blocked = await checkIn(zhangStaff, { eventId: DAINAN, code })
    expect([blocked.statusCode, codeOf(blocked)]).toEqual([429, 'CHECK_IN_TOO_MANY_ATTEMPTS'])
    bank.clock.advanceSeconds(15 * 60)
    expect((await checkIn(zhangStaff, { eventId: DAINAN, code })).statusCode).toBe(200)
    expect(codeOf(await checkIn(zhangStaff, { code }))).toBe('VALIDATION_FAILED')

    const waiting = (await signUp(wang, SHAGOU_FULL)).json<EventSignup>()
    expect(codeOf(await get(bank.app, `/event-signups/${waiting.id}/pass`, wang.auth))).toBe(
      'EVENT_PASS_UNAVAILABLE',
    )
  })

  it('after the end, a sign-up never checked in is 未到场 and a waitlisted one 未候补上', async () => {
    const registered = (await signUp(wang, DAINAN)).json<EventSignup>()
    await signUp(wang, SHAGOU_FULL)
    clockTo('2026-12-20T09:00:00+08:00')
    const items = (await mine(wang)).items
    expect(items.map((s) => [s.id === registered.id ? 'dainan' : 'shagou', s.status, s.canCancel])).toEqual([
      // Past events, latest first: 沙沟 (12-16) before 戴南 (12-12).
      ['shagou', 'not-admitted', false],
      ['dainan', 'no-show', false],
    ])
    expect((await detail(DAINAN)).state).toBe('ended')
  })
})

describe('check-in by the venue code', () => {
  const venueCode = (s: QuickSession, eventId = DAINAN) =>
    get(bank.app, `/staff/events/${eventId}/venue-code`, s.auth)
  const scanVenue = (s: QuickSession, signupId: string, venueToken: string) =>
    post(bank.app, `/event-signups/${signupId}/venue-check-in`, { venueToken }, s.auth)

  it('host-branch staff show a 90 s CC1.V. code while check-in is open; the attendee scans it once', async () => {
    const signup = (await signUp(wang, DAINAN)).json<EventSignup>()
    // Too early for a code, and another branch never gets one.
    expect(codeOf(await venueCode(zhangStaff))).toBe('EVENT_CHECK_IN_CLOSED')
    clockTo('2026-12-12T13:30:00+08:00')
    expect(codeOf(await venueCode(liStaff))).toBe('NOT_YOUR_BRANCH')
    const shown = (await venueCode(zhangStaff)).json<{
      token: string
      expiresAt: string
      eventTitle: string
    }>()
    expect(shown.token).toMatch(/^CC1\.V\.ev_dainan_thanks\.\d+\.[A-Za-z0-9_-]{22}$/)
    expect(Date.parse(shown.expiresAt) - bank.clock.now().getTime()).toBe(90_000)

    // Not someone else's sign-up, not a pass, not a forged one.
    expect((await scanVenue(li, signup.id, shown.token)).statusCode).toBe(404)
    const pass = (await get(bank.app, `/event-signups/${signup.id}/pass`, wang.auth)).json<{
      token: string
    }>()
    expect(codeOf(await scanVenue(wang, signup.id, pass.token))).toBe('QR_INVALID')
    expect(codeOf(await scanVenue(wang, signup.id, `${shown.token.slice(0, -2)}xx`))).toBe('QR_INVALID')

    const res = await scanVenue(wang, signup.id, shown.token)
    expect(res.statusCode).toBe(200)
    expect(res.json<{ status: string }>().status).toBe('checked-in')
    expect(codeOf(await scanVenue(wang, signup.id, shown.token))).toBe('EVENT_ALREADY_CHECKED_IN')
  })

  it("a photo of the code dies after 90 s, another event's code does not fit, the waitlist cannot use it", async () => {
    const signup = (await signUp(wang, DAINAN)).json<EventSignup>()
    clockTo('2026-12-12T13:30:00+08:00')
    const shown = (await venueCode(zhangStaff)).json<{ token: string }>()
    bank.clock.advanceSeconds(91)
    expect(codeOf(await scanVenue(wang, signup.id, shown.token))).toBe('QR_EXPIRED')

    // 沙沟's staff show their own event's code: it does not check anyone into 戴南's.
    const shagouStaff = logInAs(bank, '13900000105') // 陈静, 沙沟支行
    const waitlisted = (await signUp(li, SHAGOU_FULL)).json<EventSignup>()
    clockTo('2026-12-16T08:30:00+08:00')
    const shagou = await venueCode(shagouStaff, SHAGOU_FULL)
    expect(shagou.statusCode).toBe(200)
    const shagouToken = shagou.json<{ token: string }>().token
    expect(codeOf(await scanVenue(li, waitlisted.id, shagouToken))).toBe('EVENT_SIGNUP_WAITLISTED')
    const wrongEvent = await scanVenue(wang, signup.id, shagouToken)
    expect([codeOf(wrongEvent), wrongEvent.json<{ message: string }>().message]).toEqual([
      'QR_INVALID',
      '这不是您报名活动的现场签到码',
    ])
    expect((await mine(wang)).items.find((s) => s.id === signup.id)?.status).not.toBe('checked-in')
  })
})

describe('publishing from a template', () => {
  const body = (extra: object = {}) => ({
    templateId: 'et_village_credit',
    town: '戴南镇',
    venue: '戴南村村委会（示例）',
    address: '兴化市戴南镇戴南村（示例地址）',
    start: '2026-12-05T09:00:00+08:00',
    end: '2026-12-05T11:00:00+08:00',
    capacity: 50,
    ...extra,
  })
  const create = (extra: object = {}, s = zhangStaff) => post(bank.app, '/staff/events', body(extra), s.auth)

  it('活动签到 lists only the events the staff member’s branch hosts and that have not ended', async () => {
    const hosted = async (s: QuickSession) =>
      (await get(bank.app, '/staff/events', s.auth)).json<{ items: { id: string; host: { id: string } }[] }>()
    const dainan = await hosted(zhangStaff)
    expect(dainan.items.map((e) => e.id)).toContain(DAINAN)
    expect(new Set(dainan.items.map((e) => e.host.id))).toEqual(new Set(['br_dainan']))
    expect((await hosted(liStaff)).items.map((e) => e.id)).not.toContain(DAINAN)
    clockTo('2026-12-12T16:30:00+08:00')
    expect((await hosted(zhangStaff)).items.map((e) => e.id)).not.toContain(DAINAN)
  })

  it('staff see the templates, publish one with their branch as host, and it appears in the list', async () => {
    const templates = (
      await get(bank.app, '/staff/event-templates', zhangStaff.auth)
    ).json<EventTemplateList>()
    expect(templates.items.map((t) => t.title)).toEqual([
      '客户答谢会',
      '整村授信宣讲会',
      '商户经营沙龙',
      '行业协会会员交流会',
    ])
    expect(templates.towns).toContain('戴南镇')
    const res = await create()
    expect(res.statusCode).toBe(201)
    const event = res.json<EventDetail>()
    expect(event).toMatchObject({
      type: 'village-credit',
      title: '整村授信宣讲会',
      host: { id: 'br_dainan' },
      capacity: 50,
      placesLeft: 50,
      state: 'open',
    })
    expect(event.products.map((p) => p.id)).toEqual(['pd_sunshine_loan', 'pd_family_reserve'])
    expect((await list(`?town=${encodeURIComponent('戴南镇')}`)).items.map((e) => e.id)).toEqual([
      event.id,
      DAINAN,
    ])
    expect((await get(bank.app, '/staff/event-templates', wang.auth)).statusCode).toBe(403)
  })

  it('a description given is sanitised before it is stored', async () => {
    const res = await create({
      descriptionHtml:
        '<p onmouseover="steal()">村里见！</p><script>fetch("//evil")</script><iframe src="https://x.cn"></iframe>' +
        '<a href="javascript:go()">报名</a><img src="https://img.example.cn/a.png" onerror="x()">',
    })
    const stored = bank.app.deps.db
      .prepare('SELECT description_html FROM events WHERE id = ?')
      .get(res.json<EventDetail>().id) as { description_html: string }
    expect(stored.description_html).toBe('<p>村里见！</p><a>报名</a><img src="https://img.example.cn/a.png">')
    expect(codeOf(await create({ descriptionHtml: '<script>x</script>' }))).toBe('VALIDATION_FAILED')
  })

  it('times in the future, end after start, capacity 1–500, a known template and town', async () => {
    const fieldOf = async (extra: object) => {
      const res = await create(extra)
      expect(res.statusCode).toBe(400)
      return res.json<ErrorBody>().details?.fields?.map((f) => [f.field, f.message])
    }
    expect(await fieldOf({ start: '2026-11-20T08:00:00+08:00' })).toEqual([['start', '开始时间须晚于现在']])
    expect(await fieldOf({ end: '2026-12-05T08:00:00+08:00' })).toEqual([['end', '结束时间须晚于开始时间']])
    expect(await fieldOf({ start: 'tomorrow at nine' })).toEqual([['start', '开始时间格式不正确']])
    expect(await fieldOf({ templateId: 'et_nope' })).toEqual([['templateId', '请选择活动模板']])
    expect(await fieldOf({ town: '火星镇' })).toEqual([['town', '请选择本行服务的乡镇']])
    expect((await fieldOf({ capacity: 0 }))?.[0][0]).toBe('capacity')
    expect((await fieldOf({ capacity: 501 }))?.[0][0]).toBe('capacity')
    expect((await create({ capacity: 500 })).statusCode).toBe(201)
  })

  it('takes the title, venue and address as one line of text: no markup, no line breaks', async () => {
    const fieldOf = async (extra: object) => {
      const res = await create(extra)
      expect(res.statusCode).toBe(400)
      return res.json<ErrorBody>().details?.fields?.[0]
    }
    expect(await fieldOf({ title: '<script>alert(1)</script>' })).toEqual({
      field: 'title',
      message: '活动名称需为一行可见文字，不能含换行、尖括号或无法显示的字符',
    })
    expect((await fieldOf({ venue: '<img src=x onerror=alert(1)>' }))?.field).toBe('venue')
    expect((await fieldOf({ address: '戴南镇\n戴南村' }))?.field).toBe('address')
  })
})
