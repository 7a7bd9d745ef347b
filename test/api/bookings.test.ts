import type { Booking } from '@/contract/bookings'
import type { ErrorBody } from '@/contract/common'
import {
  book,
  bookingAt,
  get,
  login,
  logInAs,
  makeBank,
  post,
  type QuickSession,
  bankForEachTest,
} from '../support/api-app'

// The test clock starts on Friday 2026-11-20 at 09:00 Beijing time.
const bank = bankForEachTest()
let wang: QuickSession
beforeEach(async () => {
  wang = logInAs(bank, '13900000001')
})

const errorOf = (res: { json: () => unknown }) => res.json() as ErrorBody
const cash = (date: string, time: string, amountFen?: number, branchId = 'br_dainan') =>
  bookingAt(date, time, { branchId, serviceId: 'large-cash-withdrawal', amountFen })

describe('POST /bookings', () => {
  it('books a slot: 201 with number, times in +08:00, cancel deadline and a signed QR payload', async () => {
    const res = await book(bank, wang, bookingAt('2026-11-23', '10:00', { note: '  带老人来办卡 ' }))
    expect(res.statusCode).toBe(201)
    const booking = res.json<Booking>()
    expect(booking).toMatchObject({
      number: 'YY20261123-0001',
      status: 'booked',
      branch: { id: 'br_dainan', name: '戴南支行（示例）', phone: '0523-83230002' },
      service: { id: 'account-opening', name: '开立个人账户', bring: ['身份证'], durationMinutes: 20 },
      slotStart: '2026-11-23T10:00:00+08:00',
      slotEnd: '2026-11-23T10:30:00+08:00',
      note: '带老人来办卡',
      createdAt: '2026-11-20T01:00:00.000Z',
      canCancel: true,
      cancelDeadline: '2026-11-23T09:00:00+08:00',
    })
    expect(booking.amountFen).toBeUndefined()
    expect(booking.qrPayload).toMatch(/^CC1\.B\.bk_[\w-]+\.\d+\.[\w-]{22}$/)
    // Expires at the end of the slot's day, Beijing time.
    expect(Number(booking.qrPayload.split('.')[3])).toBe(Date.parse('2026-11-24T00:00:00+08:00') / 1000)
    const second = await book(bank, logInAs(bank, '13900000002'), bookingAt('2026-11-23', '15:00'))
    expect(second.json<Booking>().number).toBe('YY20261123-0002')
    const otherDay = await book(bank, wang, bookingAt('2026-11-24', '15:00'))
    expect(otherDay.json<Booking>().number).toBe('YY20261124-0001')
  })

  it('accepts the same instant written in another offset', async () => {
    const res = await book(
      bank,
      wang,
      bookingAt('2026-11-23', '10:00', { slotStart: '2026-11-23T02:00:00.000Z' }),
    )
    expect(res.statusCode).toBe(201)
    expect(res.json<Booking>().slotStart).toBe('2026-11-23T10:00:00+08:00')
  })

  it('works with an H5 cookie session (with CSRF) and needs the customer role', async () => {
    const h5 = await login(bank, '13900000004', 'cookie')
    expect((await post(bank.app, '/bookings', bookingAt('2026-11-23', '10:00'), h5.write)).statusCode).toBe(
      201,
    )
    const noCsrf = await post(bank.app, '/bookings', bookingAt('2026-11-23', '11:00'), h5.auth)
    expect(errorOf(noCsrf).code).toBe('CSRF_TOKEN_INVALID')
    expect((await post(bank.app, '/bookings', bookingAt('2026-11-23', '11:00'))).statusCode).toBe(401)
    const staff = logInAs(bank, '13900000101')
    expect(errorOf(await book(bank, staff, bookingAt('2026-11-23', '11:00'))).code).toBe('FORBIDDEN')
  })

  it('slot rules: not a slot boundary, too soon, outside the window, closed day', async () => {
    const cases: [string, string, number, string][] = [
      ['2026-11-23', '10:15', 422, 'SLOT_NOT_BOOKABLE'],
      ['2026-11-23', '17:00', 422, 'SLOT_NOT_BOOKABLE'],
      ['2026-11-23', '08:00', 422, 'SLOT_NOT_BOOKABLE'],
      ['2026-11-20', '09:00', 422, 'SLOT_NOT_BOOKABLE'],
      ['2026-11-20', '09:29', 422, 'SLOT_NOT_BOOKABLE'],
      ['2026-11-22', '10:00', 422, 'DATE_NOT_BOOKABLE'],
      ['2026-11-30', '10:00', 422, 'DATE_NOT_BOOKABLE'],
      ['2026-11-19', '10:00', 422, 'DATE_NOT_BOOKABLE'],
    ]
    for (const [date, time, status, code] of cases) {
      const res = await book(bank, wang, bookingAt(date, time))
      expect([date, time, res.statusCode, errorOf(res).code]).toEqual([date, time, status, code])
    }
    // 09:30 starts exactly 30 minutes from now: still bookable.
    expect((await book(bank, wang, bookingAt('2026-11-20', '09:30'))).statusCode).toBe(201)
  })

  it('bad input is 400 with field messages, never 500', async () => {
    const bad: [Record<string, unknown>, string, string][] = [
      [bookingAt('2026-02-30', '10:00'), 'slotStart', '预约时段格式不正确'],
      [
        bookingAt('2026-11-23', '10:00', { slotStart: '2026-11-23T10:00:00' }),
        'slotStart',
        '预约时段格式不正确',
      ],
      [
        bookingAt('2026-11-23', '10:00', { slotStart: '2026-11-23T24:00:00+08:00' }),
        'slotStart',
        '预约时段格式不正确',
      ],
      [bookingAt('2026-11-23', '10:00', { serviceId: 'haircut' }), 'serviceId', '业务取值无效'],
      [bookingAt('2026-11-23', '10:00', { note: '长'.repeat(101) }), 'note', '备注长度应不超过100位'],
      [bookingAt('2026-11-23', '10:00', { amountFen: 5_000_000 }), 'amountFen', '该业务无需填写金额'],
      [bookingAt('2026-11-23', '10:00', { extra: 1 }), 'extra', '不支持的字段 extra'],
      [cash('2026-11-23', '10:00'), 'amountFen', '请填写取现金额'],
      [cash('2026-11-23', '10:00', 4_990_000), 'amountFen', '取现金额不能低于50,000元'],
      [cash('2026-11-23', '10:00', 100_010_000), 'amountFen', '取现金额不能超过1,000,000元'],
      [cash('2026-11-23', '10:00', 5_000_050), 'amountFen', '取现金额须为100元的整数倍'],
      [cash('2026-11-23', '10:00', -5_000_000), 'amountFen', '取现金额不能低于50,000元'],
      [cash('2026-11-23', '10:00', 5_000_000.5), 'amountFen', '取现金额格式不正确'],
      [cash('2026-11-23', '10:00', 1e300), 'amountFen', '取现金额格式不正确'],
      [{ ...cash('2026-11-23', '10:00'), amountFen: '5000000' }, 'amountFen', '取现金额格式不正确'],
    ]
    for (const [body, field, message] of bad) {
      const res = await book(bank, wang, body)
      expect(res.statusCode).toBe(400)
      expect(errorOf(res).details?.fields?.[0]).toEqual({ field, message })
    }
    expect(errorOf(await book(bank, wang, bookingAt('2026-11-23', '10:00', { branchId: 'br_x' }))).code).toBe(
      'NOT_FOUND',
    )
    expect(bank.app.deps.db.prepare('SELECT COUNT(*) AS n FROM bookings').get()).toEqual({ n: 0 })
  })
})

describe('large cash notice: at least the next business day', () => {
  it('today is refused, tomorrow (a Saturday the branch opens) is fine', async () => {
    const today = await book(bank, wang, cash('2026-11-20', '15:00', 5_000_000))
    expect(today.statusCode).toBe(422)
    expect(errorOf(today)).toEqual({ code: 'NOTICE_TOO_SHORT', message: '大额取现需至少提前1个工作日预约' })
    const saturday = await book(bank, wang, cash('2026-11-21', '09:00', 100_000_000))
    expect(saturday.statusCode).toBe(201)
    expect(saturday.json<Booking>().amountFen).toBe(100_000_000)
  })

  it('at 23:59 the next day is already allowed; at 00:00 it becomes today', async () => {
    bank.clock.advanceSeconds(14 * 3600 + 59 * 60) // Friday 23:59
    expect((await book(bank, wang, cash('2026-11-21', '09:00', 5_000_000))).statusCode).toBe(201)
    bank.clock.advanceSeconds(60) // Saturday 00:00
    const res = await book(bank, logInAs(bank, '13900000002'), cash('2026-11-21', '09:30', 5_000_000))
    expect(errorOf(res).code).toBe('NOTICE_TOO_SHORT')
  })

  it('counts business days of the branch: a weekday-only branch on Friday waits for Monday', async () => {
    expect((await book(bank, wang, cash('2026-11-23', '09:00', 5_000_000, 'br_shagou'))).statusCode).toBe(201)
  })

  it('the Friday before the 清明 holiday weekend: Tuesday is the next business day', async () => {
    const qingming = await makeBank({ now: () => new Date('2026-04-03T09:00:00+08:00') })
    const s = logInAs(qingming, '13900000001')
    const days = await get(qingming.app, '/branches/br_dainan/days?serviceId=large-cash-withdrawal')
    expect(
      days
        .json()
        .days.map((d: { date: string }) => d.date)
        .slice(0, 3),
    ).toEqual(['2026-04-03', '2026-04-07', '2026-04-08'])
    expect(errorOf(await book(qingming, s, cash('2026-04-04', '09:00', 5_000_000))).code).toBe(
      'DATE_NOT_BOOKABLE',
    )
    expect(errorOf(await book(qingming, s, cash('2026-04-03', '15:00', 5_000_000))).code).toBe(
      'NOTICE_TOO_SHORT',
    )
    expect((await book(qingming, s, cash('2026-04-07', '08:30', 5_000_000))).statusCode).toBe(201)
    await qingming.app.close()
  })
})

describe('overlap', () => {
  it('one customer cannot hold two active bookings at the same time, even at another branch', async () => {
    const first = (await book(bank, wang, bookingAt('2026-11-23', '10:00'))).json<Booking>()
    const clash = await book(
      bank,
      wang,
      bookingAt('2026-11-23', '10:00', { branchId: 'br_zhaoyang', serviceId: 'loan-consultation' }),
    )
    expect(clash.statusCode).toBe(409)
    expect(errorOf(clash)).toMatchObject({
      code: 'BOOKING_OVERLAP',
      details: { bookingNumber: first.number },
    })
    // Adjacent slots do not overlap.
    expect((await book(bank, wang, bookingAt('2026-11-23', '10:30'))).statusCode).toBe(201)
    // A cancelled booking no longer blocks the time.
    await post(bank.app, `/bookings/${first.id}/cancel`, undefined, wang.auth)
    expect(
      (await book(bank, wang, bookingAt('2026-11-23', '10:00', { branchId: 'br_zhaoyang' }))).statusCode,
    ).toBe(201)
  })
})

describe('reading bookings', () => {
  it('lists upcoming soonest first, past newest first (missed computed), cancelled newest first', async () => {
    const d = (await book(bank, wang, bookingAt('2026-11-23', '14:00'))).json<Booking>()
    await post(bank.app, `/bookings/${d.id}/cancel`, undefined, wang.auth)
    const a = (await book(bank, wang, bookingAt('2026-11-24', '10:00'))).json<Booking>()
    const b = (await book(bank, wang, bookingAt('2026-11-20', '10:00'))).json<Booking>()
    const c = (await book(bank, wang, bookingAt('2026-11-23', '10:00'))).json<Booking>()
    const list = async (scope: string) =>
      (await get(bank.app, `/bookings?scope=${scope}`, wang.auth)).json<{ items: Booking[] }>().items
    expect((await list('upcoming')).map((x) => x.id)).toEqual([b.id, c.id, a.id])
    expect((await list('cancelled')).map((x) => [x.id, x.status, x.canCancel])).toEqual([
      [d.id, 'cancelled', false],
    ])
    expect(await list('past')).toEqual([])

    bank.clock.advanceSeconds(3 * 86400 + 2 * 3600) // Monday 11:00
    expect((await list('upcoming')).map((x) => x.id)).toEqual([a.id])
    const past = await list('past')
    expect(past.map((x) => [x.id, x.status, x.canCancel])).toEqual([
      [c.id, 'missed', false],
      [b.id, 'missed', false],
    ])
    expect((await get(bank.app, '/bookings?scope=later', wang.auth)).statusCode).toBe(400)
  })

  it('a customer holds at most 3 bookings still to come; one done, cancelled or missed frees a place', async () => {
    const first = (await book(bank, wang, bookingAt('2026-11-20', '10:00'))).json<Booking>()
    expect((await book(bank, wang, bookingAt('2026-11-23', '10:00'))).statusCode).toBe(201)
    const third = (await book(bank, wang, bookingAt('2026-11-24', '10:00'))).json<Booking>()
    const fourth = await book(bank, wang, bookingAt('2026-11-25', '10:00'))
    expect(fourth.statusCode).toBe(409)
    expect(fourth.json()).toEqual({
      code: 'TOO_MANY_BOOKINGS',
      message: '您已有3个待办理的预约，请办理或取消其中一个后再预约',
    })
    // Another customer is not held up.
    expect(
      (await book(bank, logInAs(bank, '13900000002'), bookingAt('2026-11-25', '10:00'))).statusCode,
    ).toBe(201)
    await post(bank.app, `/bookings/${third.id}/cancel`, undefined, wang.auth)
    expect((await book(bank, wang, bookingAt('2026-11-25', '10:00'))).statusCode).toBe(201)
    expect((await book(bank, wang, bookingAt('2026-11-26', '10:00'))).statusCode).toBe(409)
    // Today's 10:00 slot passes unattended (11:00 now): it is missed, and its place is free again.
    bank.clock.advanceSeconds(2 * 3600)
    expect((await get(bank.app, `/bookings/${first.id}`, wang.auth)).json<Booking>().status).toBe('missed')
    expect((await book(bank, wang, bookingAt('2026-11-26', '10:00'))).statusCode).toBe(201)
  })

  it("another customer's booking is 404, like an unknown id", async () => {
    const mine = (await book(bank, wang, bookingAt('2026-11-23', '10:00'))).json<Booking>()
    expect((await get(bank.app, `/bookings/${mine.id}`, wang.auth)).json<Booking>().id).toBe(mine.id)
    const li = logInAs(bank, '13900000002')
    for (const path of [`/bookings/${mine.id}`, '/bookings/bk_unknown']) {
      const res = await get(bank.app, path, li.auth)
      expect(res.statusCode).toBe(404)
      expect(errorOf(res).code).toBe('NOT_FOUND')
    }
    for (const action of ['cancel', 'reschedule']) {
      const res = await post(
        bank.app,
        `/bookings/${mine.id}/${action}`,
        action === 'cancel' ? undefined : { slotStart: '2026-11-23T11:00:00+08:00' },
        li.auth,
      )
      expect(res.statusCode).toBe(404)
    }
    expect((await get(bank.app, `/bookings/${mine.id}`)).statusCode).toBe(401)
  })
})

describe('idempotency', () => {
  it('a replayed booking request creates one booking and answers the same body', async () => {
    const headers = { ...wang.auth, 'idempotency-key': 'booking-tap-0001' }
    const body = bookingAt('2026-11-23', '10:00')
    const first = await post(bank.app, '/bookings', body, headers)
    const replay = await post(bank.app, '/bookings', body, headers)
    expect(first.statusCode).toBe(201)
    expect(replay.statusCode).toBe(201)
    expect(replay.headers['idempotency-replayed']).toBe('true')
    expect(replay.body).toBe(first.body)
    expect(bank.app.deps.db.prepare('SELECT COUNT(*) AS n FROM bookings').get()).toEqual({ n: 1 })
    const other = await post(bank.app, '/bookings', bookingAt('2026-11-23', '11:00'), headers)
    expect(errorOf(other).code).toBe('IDEMPOTENCY_KEY_REUSED')
  })
})
