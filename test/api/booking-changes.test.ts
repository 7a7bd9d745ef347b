import type { Booking } from '@/contract/bookings'
import type { ErrorBody } from '@/contract/common'
import {
  book,
  bookingAt,
  get,
  logInAs,
  logInCustomers,
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

const cancel = (s: QuickSession, id: string) => post(bank.app, `/bookings/${id}/cancel`, undefined, s.auth)
const reschedule = (s: QuickSession, id: string, body: Record<string, unknown>) =>
  post(bank.app, `/bookings/${id}/reschedule`, body, s.auth)
const booked = async (s: QuickSession, body: Record<string, unknown>) => {
  const res = await book(bank, s, body)
  expect(res.statusCode).toBe(201)
  return res.json<Booking>()
}
const secondsUntil = (iso: string) => (Date.parse(iso) - bank.clock.now().getTime()) / 1000

describe('cancel', () => {
  it('is allowed until exactly 1 h before the slot, not a second later', async () => {
    const booking = await booked(wang, bookingAt('2026-11-20', '15:00'))
    bank.clock.advanceSeconds(secondsUntil('2026-11-20T14:00:00+08:00'))
    expect((await get(bank.app, `/bookings/${booking.id}`, wang.auth)).json<Booking>().canCancel).toBe(true)
    const res = await cancel(wang, booking.id)
    expect(res.statusCode).toBe(200)
    expect(res.json<Booking>()).toMatchObject({
      id: booking.id,
      status: 'cancelled',
      canCancel: false,
      cancelledAt: '2026-11-20T06:00:00.000Z',
    })

    const late = await booked(wang, bookingAt('2026-11-20', '15:30'))
    bank.clock.advanceSeconds(secondsUntil('2026-11-20T14:30:01+08:00'))
    expect((await get(bank.app, `/bookings/${late.id}`, wang.auth)).json<Booking>().canCancel).toBe(false)
    const refused = await cancel(wang, late.id)
    expect(refused.statusCode).toBe(422)
    expect(refused.json()).toEqual({
      code: 'CANCEL_WINDOW_CLOSED',
      message: '距预约时间不足1小时，无法取消',
    })
  })

  it('twice is 409 BOOKING_NOT_ACTIVE; a missed booking cannot be cancelled either', async () => {
    const booking = await booked(wang, bookingAt('2026-11-23', '10:00'))
    expect((await cancel(wang, booking.id)).statusCode).toBe(200)
    const again = await cancel(wang, booking.id)
    expect(again.statusCode).toBe(409)
    expect(again.json<ErrorBody>()).toEqual({ code: 'BOOKING_NOT_ACTIVE', message: '该预约已取消' })
    const other = await booked(wang, bookingAt('2026-11-23', '11:00'))
    bank.clock.advanceSeconds(secondsUntil('2026-11-23T12:00:00+08:00'))
    expect((await cancel(wang, other.id)).json<ErrorBody>().code).toBe('BOOKING_NOT_ACTIVE')
  })

  it('frees the place', async () => {
    const [a, b] = logInCustomers(bank, 2)
    const body = bookingAt('2026-11-23', '10:00', { serviceId: 'merchant-acquiring' })
    const first = await booked(a, body)
    expect((await book(bank, b, body)).statusCode).toBe(409)
    await cancel(a, first.id)
    expect((await book(bank, b, body)).statusCode).toBe(201)
  })
})

describe('reschedule', () => {
  it('frees the old place, takes the new one, keeps id and number', async () => {
    const [a, b] = logInCustomers(bank, 2)
    const body = bookingAt('2026-11-23', '10:00', { serviceId: 'merchant-acquiring' })
    const original = await booked(a, body)
    expect((await book(bank, b, body)).json<ErrorBody>().code).toBe('SLOT_FULL')

    const res = await reschedule(a, original.id, { slotStart: '2026-11-24T14:00:00+08:00' })
    expect(res.statusCode).toBe(200)
    expect(res.json<Booking>()).toMatchObject({
      id: original.id,
      number: original.number,
      status: 'booked',
      slotStart: '2026-11-24T14:00:00+08:00',
      slotEnd: '2026-11-24T14:30:00+08:00',
      cancelDeadline: '2026-11-24T13:00:00+08:00',
    })
    expect(res.json<Booking>().qrPayload).not.toBe(original.qrPayload)
    expect((await book(bank, b, body)).statusCode).toBe(201)
    // The new slot is now full for others.
    const c = logInAs(bank, '13911119999')
    const full = await book(bank, c, { ...body, slotStart: '2026-11-24T14:00:00+08:00' })
    expect(full.json<ErrorBody>().code).toBe('SLOT_FULL')
  })

  it('same slot is 422 SAME_SLOT (in any offset); a full target is 409 SLOT_FULL', async () => {
    const mine = await booked(wang, bookingAt('2026-11-23', '10:00', { serviceId: 'merchant-acquiring' }))
    const same = await reschedule(wang, mine.id, { slotStart: '2026-11-23T02:00:00Z' })
    expect(same.statusCode).toBe(422)
    expect(same.json<ErrorBody>().code).toBe('SAME_SLOT')
    const other = logInAs(bank, '13900000002')
    await booked(other, bookingAt('2026-11-23', '11:00', { serviceId: 'merchant-acquiring' }))
    const full = await reschedule(wang, mine.id, { slotStart: '2026-11-23T11:00:00+08:00' })
    expect(full.statusCode).toBe(409)
    expect(full.json<ErrorBody>().details?.alternatives?.[0].start).toBe('2026-11-23T10:30:00+08:00')
  })

  it('same rules as booking: window, boundary, overlap with my other bookings (not with itself)', async () => {
    const a = await booked(wang, bookingAt('2026-11-23', '10:00'))
    const b = await booked(wang, bookingAt('2026-11-23', '14:00'))
    expect(
      (await reschedule(wang, a.id, { slotStart: '2026-11-22T10:00:00+08:00' })).json<ErrorBody>().code,
    ).toBe('DATE_NOT_BOOKABLE')
    expect(
      (await reschedule(wang, a.id, { slotStart: '2026-11-23T10:10:00+08:00' })).json<ErrorBody>().code,
    ).toBe('SLOT_NOT_BOOKABLE')
    const clash = await reschedule(wang, a.id, { slotStart: '2026-11-23T14:00:00+08:00' })
    expect(clash.json<ErrorBody>()).toMatchObject({
      code: 'BOOKING_OVERLAP',
      details: { bookingNumber: b.number },
    })
    expect((await reschedule(wang, a.id, { slotStart: '2026-11-23T10:30:00+08:00' })).statusCode).toBe(200)
    expect((await reschedule(wang, a.id, { slotStart: 'soon' })).statusCode).toBe(400)
    expect(
      (await reschedule(wang, a.id, { slotStart: '2026-11-23T11:00:00+08:00', amountFen: 100 })).statusCode,
    ).toBe(400)
  })

  it('large cash keeps its amount unless a new one is given, and obeys the notice rule', async () => {
    const cash = await booked(
      wang,
      bookingAt('2026-11-23', '10:00', { serviceId: 'large-cash-withdrawal', amountFen: 8_000_000 }),
    )
    const kept = await reschedule(wang, cash.id, { slotStart: '2026-11-24T10:00:00+08:00' })
    expect(kept.json<Booking>().amountFen).toBe(8_000_000)
    const changed = await reschedule(wang, cash.id, {
      slotStart: '2026-11-24T10:30:00+08:00',
      amountFen: 20_000_000,
    })
    expect(changed.json<Booking>().amountFen).toBe(20_000_000)
    const tooSmall = await reschedule(wang, cash.id, {
      slotStart: '2026-11-24T11:00:00+08:00',
      amountFen: 100,
    })
    expect(tooSmall.json<ErrorBody>().details?.fields?.[0].field).toBe('amountFen')
    const today = await reschedule(wang, cash.id, { slotStart: '2026-11-20T15:00:00+08:00' })
    expect(today.json<ErrorBody>().code).toBe('NOTICE_TOO_SHORT')
  })

  it('the cancel window of the old slot applies; cancelled bookings cannot move', async () => {
    const soon = await booked(wang, bookingAt('2026-11-20', '10:30'))
    bank.clock.advanceSeconds(secondsUntil('2026-11-20T09:31:00+08:00'))
    const late = await reschedule(wang, soon.id, { slotStart: '2026-11-23T10:00:00+08:00' })
    expect(late.json<ErrorBody>().code).toBe('CANCEL_WINDOW_CLOSED')
    const other = await booked(wang, bookingAt('2026-11-23', '10:00'))
    await cancel(wang, other.id)
    const moved = await reschedule(wang, other.id, { slotStart: '2026-11-23T11:00:00+08:00' })
    expect(moved.statusCode).toBe(409)
    expect(moved.json<ErrorBody>().code).toBe('BOOKING_NOT_ACTIVE')
  })
})
