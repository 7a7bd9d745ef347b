import crypto from 'node:crypto'
import type { Booking, CheckInResult } from '@/contract/bookings'
import type { ErrorBody } from '@/contract/common'
import type { TodayBookingsResult } from '@/contract/bookings'
import { SEED_WHITELIST } from '../../mock/seed/households'
import { signBookingQr } from '../../mock/store/counter/booking-qr'
import { book, bookingAt, get, logInAs, post, type QuickSession, bankForEachTest } from '../support/api-app'

// The test clock starts on Friday 2026-11-20 at 09:00 Beijing time. 张经理 13900000101 serves 戴南镇.
const bank = bankForEachTest()
let wang: QuickSession
let dainanStaff: QuickSession
beforeEach(async () => {
  wang = logInAs(bank, '13900000001')
  dainanStaff = logInAs(bank, '13900000101')
})

const checkIn = (s: QuickSession, qrPayload: unknown) =>
  post(bank.app, '/staff/check-ins', { qrPayload }, s.auth)
const bookToday = async (time = '10:00') =>
  (await book(bank, wang, bookingAt('2026-11-20', time))).json<Booking>()
const codeOf = (res: { json: () => unknown }) => (res.json() as ErrorBody).code

describe('staff check-in by QR code', () => {
  it("marks today's booking arrived and shows the customer masked", async () => {
    const booking = await bookToday()
    const res = await checkIn(dainanStaff, booking.qrPayload)
    expect(res.statusCode).toBe(200)
    expect(res.json<CheckInResult>().booking).toMatchObject({
      id: booking.id,
      number: booking.number,
      status: 'arrived',
      arrivedAt: '2026-11-20T01:00:00.000Z',
      customerNameMasked: '王*国',
      customerPhoneMasked: '139****0001',
    })
    // Staff never receive the customer's proofs of presence.
    expect(res.body).not.toContain('13900000001')
    expect(res.body).not.toContain(booking.qrPayload)
    expect(res.body).not.toContain(booking.checkInCode)
    const seen = await get(bank.app, `/bookings/${booking.id}`, wang.auth)
    expect(seen.json<Booking>().status).toBe('arrived')
    bank.clock.advanceSeconds(25 * 60)
    const twice = await checkIn(dainanStaff, booking.qrPayload)
    expect(twice.statusCode).toBe(409)
    // Says when it happened, without asking anyone to refresh a code that was fine.
    expect(twice.json()).toEqual({
      code: 'ALREADY_ARRIVED',
      message: '该客户已于今天 09:00签到，无需重复签到',
      details: { arrivedAt: '2026-11-20T01:00:00.000Z' },
    })
  })

  it('a tampered, truncated or foreign code is 422 QR_INVALID', async () => {
    const booking = await bookToday()
    const [prefix, kind, id, exp, sig] = booking.qrPayload.split('.')
    const flipped = sig[0] === 'A' ? `B${sig.slice(1)}` : `A${sig.slice(1)}`
    const later = String(Number(exp) + 86400)
    const forged = signBookingQr('not-the-bank-secret', booking.id, Number(exp))
    for (const payload of [
      [prefix, kind, id, exp, flipped].join('.'),
      [prefix, kind, id, later, sig].join('.'),
      [prefix, kind, 'bk_other', exp, sig].join('.'),
      booking.qrPayload.slice(0, -1),
      `${booking.qrPayload}x`,
      forged,
      'https://example.com/?q=1',
      'CC1.B....',
    ]) {
      const res = await checkIn(dainanStaff, payload)
      expect([payload, res.statusCode, codeOf(res)]).toEqual([payload, 422, 'QR_INVALID'])
    }
    expect(res400(await checkIn(dainanStaff, ''))).toBe(400)
    expect(res400(await checkIn(dainanStaff, 42))).toBe(400)
    expect((await get(bank.app, `/bookings/${booking.id}`, wang.auth)).json<Booking>().status).toBe('booked')
  })

  it('expires at the end of the slot day', async () => {
    const booking = await bookToday('16:30')
    bank.clock.advanceSeconds(15 * 3600) // Saturday 00:00
    const res = await checkIn(dainanStaff, booking.qrPayload)
    expect(res.statusCode).toBe(422)
    expect(res.json()).toEqual({ code: 'QR_EXPIRED', message: '二维码已过期' })
  })

  it('only staff of the branch, only on the day, never a cancelled booking', async () => {
    const booking = await bookToday()
    const zhaoyangStaff = logInAs(bank, '13900000102')
    const other = await checkIn(zhaoyangStaff, booking.qrPayload)
    expect(other.statusCode).toBe(403)
    expect(codeOf(other)).toBe('NOT_YOUR_BRANCH')
    expect(codeOf(await checkIn(wang, booking.qrPayload))).toBe('FORBIDDEN')
    expect(codeOf(await checkIn(logInAs(bank, '13900000201'), booking.qrPayload))).toBe('FORBIDDEN')

    const monday = (await book(bank, wang, bookingAt('2026-11-23', '10:00'))).json<Booking>()
    const early = await checkIn(dainanStaff, monday.qrPayload)
    expect(early.statusCode).toBe(422)
    expect(codeOf(early)).toBe('NOT_TODAY')

    await post(bank.app, `/bookings/${monday.id}/cancel`, undefined, wang.auth)
    const cancelled = await checkIn(dainanStaff, monday.qrPayload)
    expect(cancelled.statusCode).toBe(422)
    expect(codeOf(cancelled)).toBe('BOOKING_CANCELLED')
  })

  it('a late customer can still be checked in later that day', async () => {
    const booking = await bookToday('10:00')
    bank.clock.advanceSeconds(3 * 3600) // 12:00, the slot ended at 10:30
    expect((await get(bank.app, `/bookings/${booking.id}`, wang.auth)).json<Booking>().status).toBe('missed')
    const res = await checkIn(dainanStaff, booking.qrPayload)
    expect(res.json<CheckInResult>().booking.status).toBe('arrived')
  })
})

describe('check-in without a camera', () => {
  const ID_TAIL = SEED_WHITELIST[0].idNumber.slice(-4)
  const send = (s: QuickSession, body: unknown) => post(bank.app, '/staff/check-ins', body, s.auth)

  it('each booking carries its own 6-digit code, which staff can type instead of scanning', async () => {
    const first = await bookToday('10:00')
    const second = await bookToday('11:00')
    expect(first.checkInCode).toMatch(/^\d{6}$/)
    expect(second.checkInCode).not.toBe(first.checkInCode)
    const res = await send(dainanStaff, { checkInCode: second.checkInCode })
    expect(res.statusCode).toBe(200)
    expect(res.json<CheckInResult>().booking).toMatchObject({ id: second.id, status: 'arrived' })
    expect((await get(bank.app, `/bookings/${first.id}`, wang.auth)).json<Booking>().status).toBe('booked')
  })

  it("a code that is not one of today's at the staff's branch is wrong, never someone else's booking", async () => {
    const booking = await bookToday()
    const wrong = booking.checkInCode === '000000' ? '000001' : '000000'
    const res = await send(dainanStaff, { checkInCode: wrong })
    expect(res.statusCode).toBe(422)
    expect(codeOf(res)).toBe('CHECK_IN_CODE_WRONG')
    // The right code at another branch names nothing there.
    const other = await send(logInAs(bank, '13900000102'), { checkInCode: booking.checkInCode })
    expect(codeOf(other)).toBe('CHECK_IN_CODE_WRONG')
    // On a row of the list, the code must be that row's.
    const later = await bookToday('11:00')
    const crossed = await send(dainanStaff, { bookingId: later.id, checkInCode: booking.checkInCode })
    expect(codeOf(crossed)).toBe('CHECK_IN_CODE_WRONG')
    expect((await get(bank.app, `/bookings/${booking.id}`, wang.auth)).json<Booking>().status).toBe('booked')
    expect((await get(bank.app, `/bookings/${later.id}`, wang.auth)).json<Booking>().status).toBe('booked')
  })

  it("a row of today's list is checked in with the customer's ID tail, an X in either case", async () => {
    const booking = await bookToday()
    const wrongTail = ID_TAIL === '1234' ? '4321' : '1234'
    const wrong = await send(dainanStaff, { bookingId: booking.id, idTail: wrongTail })
    expect(wrong.statusCode).toBe(422)
    expect(codeOf(wrong)).toBe('ID_TAIL_WRONG')
    const res = await send(dainanStaff, { bookingId: booking.id, idTail: ID_TAIL.toLowerCase() })
    expect(res.statusCode).toBe(200)
    expect(res.json<CheckInResult>().booking.status).toBe('arrived')
  })

  it('a customer without real name cannot be checked by ID tail; another branch cannot use a row id', async () => {
    const stranger = logInAs(bank, '13911112222')
    const booking = (await book(bank, stranger, bookingAt('2026-11-20', '10:00'))).json<Booking>()
    const res = await send(dainanStaff, { bookingId: booking.id, idTail: '1234' })
    expect(codeOf(res)).toBe('ID_TAIL_UNAVAILABLE')
    const own = await bookToday('11:00')
    const foreign = await send(logInAs(bank, '13900000102'), { bookingId: own.id, idTail: ID_TAIL })
    expect(foreign.statusCode).toBe(403)
    expect(codeOf(foreign)).toBe('NOT_YOUR_BRANCH')
    const unknown = await send(dainanStaff, { bookingId: 'bk_nope', idTail: ID_TAIL })
    expect(codeOf(unknown)).toBe('NOT_YOUR_BRANCH')
  })

  it('ten wrong codes in 15 minutes stop the staff member, even with the right code, until the window moves', async () => {
    const booking = await bookToday()
    for (let i = 0; i < 10; i += 1) {
      const guess = String(i).padStart(6, '7')
      if (guess === booking.checkInCode) continue
      expect(codeOf(await send(dainanStaff, { checkInCode: guess }))).toBe('CHECK_IN_CODE_WRONG')
    }
    const stopped = await send(dainanStaff, { checkInCode: booking.checkInCode })
    expect(stopped.statusCode).toBe(429)
    expect(codeOf(stopped)).toBe('CHECK_IN_TOO_MANY_ATTEMPTS')
    expect(stopped.headers['retry-after']).toBe('900')
    // The signed QR code cannot be guessed, so scanning it still works, as the message says.
    const later = await bookToday('11:00')
    expect((await send(dainanStaff, { qrPayload: later.qrPayload })).statusCode).toBe(200)
    bank.clock.advanceSeconds(15 * 60)
    const res = await send(dainanStaff, { checkInCode: booking.checkInCode })
    expect(res.statusCode).toBe(200)
  })

  it('a request names exactly one proof', async () => {
    const booking = await bookToday()
    for (const body of [
      {},
      { bookingId: booking.id },
      { qrPayload: booking.qrPayload, checkInCode: booking.checkInCode },
      { qrPayload: booking.qrPayload, bookingId: booking.id },
      { checkInCode: booking.checkInCode, idTail: ID_TAIL },
      { checkInCode: '12345' },
      { checkInCode: '1234567' },
      { bookingId: booking.id, idTail: '12' },
    ]) {
      const res = await send(dainanStaff, body)
      expect([JSON.stringify(body), res.statusCode, codeOf(res)]).toEqual([
        JSON.stringify(body),
        400,
        'VALIDATION_FAILED',
      ])
    }
    expect((await get(bank.app, `/bookings/${booking.id}`, wang.auth)).json<Booking>().status).toBe('booked')
  })
})

describe('check-in codes', () => {
  it("are unique among all of the day's bookings at the branch, a cancelled one's included", async () => {
    const cancelled = await bookToday('10:00')
    await post(bank.app, `/bookings/${cancelled.id}/cancel`, undefined, wang.auth)
    // The generator offers the cancelled booking's code first: it must not be given out again that day.
    const draws = [Number(cancelled.checkInCode), 123_456]
    const spy = jest.spyOn(crypto, 'randomInt').mockImplementation((() => draws.shift() ?? 654_321) as never)
    try {
      const next = (
        await book(bank, logInAs(bank, '13911114444'), bookingAt('2026-11-20', '11:00'))
      ).json<Booking>()
      expect(next.checkInCode).toBe('123456')
    } finally {
      spy.mockRestore()
    }
  })
})

describe("today's bookings of the staff member's branch", () => {
  it('lists them by slot with masked customers and without their proofs; other branches see none', async () => {
    const late = await bookToday('15:00')
    const early = await bookToday('10:00')
    await book(bank, wang, bookingAt('2026-11-23', '10:00'))
    const res = await get(bank.app, '/staff/bookings/today', dainanStaff.auth)
    expect(res.statusCode).toBe(200)
    const today = res.json<TodayBookingsResult>()
    expect(today.date).toBe('2026-11-20')
    expect(today.branchName).toContain('戴南')
    expect(today.items.map((b) => b.id)).toEqual([early.id, late.id])
    expect(today.items[0]).toMatchObject({
      status: 'booked',
      customerNameMasked: '王*国',
      customerPhoneMasked: '139****0001',
      idTailCheckable: true,
    })
    for (const secret of [early.qrPayload, early.checkInCode, late.checkInCode, '13900000001']) {
      expect(res.body).not.toContain(secret)
    }
    const other = await get(bank.app, '/staff/bookings/today', logInAs(bank, '13900000102').auth)
    expect(other.json<TodayBookingsResult>().items).toEqual([])
    expect(codeOf(await get(bank.app, '/staff/bookings/today', wang.auth))).toBe('FORBIDDEN')
  })
})

function res400(res: { statusCode: number; json: () => unknown }): number {
  expect(codeOf(res)).toBe('VALIDATION_FAILED')
  return res.statusCode
}
