import type { AddressInfo } from 'node:net'
import type { Booking } from '@/contract/bookings'
import type { ErrorBody, SlotAlternative } from '@/contract/common'
import { api, book, bookingAt, logInCustomers, bankForEachTest } from '../support/api-app'

// The test clock starts on Friday 2026-11-20 at 09:00 Beijing time. 戴南 loan consultation: 2 places.
const bank = bankForEachTest()

const consultation = (time: string) =>
  bookingAt('2026-11-23', time, { serviceId: 'loan-consultation', note: '想了解阳光e贷' })

function expectTwoWinners(results: { status: number; body: ErrorBody | Booking }[]): void {
  expect(results.filter((r) => r.status === 201)).toHaveLength(2)
  const losers = results.filter((r) => r.status !== 201)
  expect(losers).toHaveLength(10)
  for (const loser of losers) {
    expect(loser.status).toBe(409)
    expect(loser.body).toMatchObject({ code: 'SLOT_FULL', message: '该时段已约满，请选择其他时段' })
    expect((loser.body as ErrorBody).details?.alternatives).toHaveLength(3)
  }
  const taken = bank.app.deps.db
    .prepare(`SELECT COUNT(*) AS n FROM bookings WHERE status = 'booked'`)
    .get() as { n: number }
  expect(taken.n).toBe(2)
}

describe('a slot with 2 places and 12 customers at once', () => {
  it('over app.inject: exactly 2 × 201 and 10 × 409 SLOT_FULL with alternatives', async () => {
    const customers = logInCustomers(bank, 12)
    const responses = await Promise.all(customers.map((c) => book(bank, c, consultation('10:00'))))
    expectTwoWinners(responses.map((r) => ({ status: r.statusCode, body: r.json() })))
  })

  it('over real HTTP with interleaved requests', async () => {
    await bank.app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = bank.app.server.address() as AddressInfo
    const customers = logInCustomers(bank, 12)
    const results = await Promise.all(
      customers.map(async (c, i) => {
        const res = await fetch(`http://127.0.0.1:${port}${api('/bookings')}`, {
          method: 'POST',
          headers: { ...c.auth, 'content-type': 'application/json', 'idempotency-key': `race-${i}-abcdef` },
          body: JSON.stringify(consultation('10:00')),
        })
        return { status: res.status, body: (await res.json()) as ErrorBody | Booking }
      }),
    )
    expectTwoWinners(results)
    const numbers = results.filter((r) => r.status === 201).map((r) => (r.body as Booking).number)
    expect(numbers.sort()).toEqual(['YY20261123-0001', 'YY20261123-0002'])
  })
})

describe('SLOT_FULL alternatives', () => {
  const alternativesOf = (body: unknown) =>
    ((body as ErrorBody).details?.alternatives ?? []) as SlotAlternative[]

  it('nearest slots of the same day first, with places left', async () => {
    const [a, b, c, d] = logInCustomers(bank, 4)
    await book(bank, a, consultation('10:00'))
    await book(bank, b, consultation('10:00'))
    await book(bank, c, consultation('09:30'))
    await book(bank, c, consultation('10:30'))
    const res = await book(bank, d, consultation('10:00'))
    expect(res.statusCode).toBe(409)
    expect(alternativesOf(res.json())).toEqual([
      { start: '2026-11-23T09:30:00+08:00', end: '2026-11-23T10:00:00+08:00', remaining: 1 },
      { start: '2026-11-23T10:30:00+08:00', end: '2026-11-23T11:00:00+08:00', remaining: 1 },
      { start: '2026-11-23T09:00:00+08:00', end: '2026-11-23T09:30:00+08:00', remaining: 2 },
    ])
  })

  it('the following business days when the rest of the day is gone', async () => {
    bank.clock.advanceSeconds(6 * 3600 + 50 * 60) // Friday 15:50: only 16:30 is still bookable today
    const [a, b] = logInCustomers(bank, 2)
    const body = bookingAt('2026-11-20', '16:30', { branchId: 'br_shagou', serviceId: 'merchant-acquiring' })
    expect((await book(bank, a, body)).statusCode).toBe(201)
    const res = await book(bank, b, body)
    expect(alternativesOf(res.json()).map((s) => s.start)).toEqual([
      '2026-11-23T08:30:00+08:00',
      '2026-11-23T09:00:00+08:00',
      '2026-11-23T09:30:00+08:00',
    ])
  })
})
