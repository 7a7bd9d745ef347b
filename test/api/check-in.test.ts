import type { Booking, CheckInResult } from '@/contract/bookings'
import type { ErrorBody } from '@/contract/common'
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
      canCancel: false,
      customerNameMasked: '王*国',
      customerPhoneMasked: '139****0001',
    })
    expect(res.body).not.toContain('13900000001')
    const seen = await get(bank.app, `/bookings/${booking.id}`, wang.auth)
    expect(seen.json<Booking>().status).toBe('arrived')
    const twice = await checkIn(dainanStaff, booking.qrPayload)
    expect(twice.statusCode).toBe(409)
    expect(codeOf(twice)).toBe('ALREADY_ARRIVED')
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

function res400(res: { statusCode: number; json: () => unknown }): number {
  expect(codeOf(res)).toBe('VALIDATION_FAILED')
  return res.statusCode
}
