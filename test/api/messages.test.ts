import type { Booking } from '@/contract/bookings'
import type { Message, MessagesResult } from '@/contract/messages'
import type { Referral } from '@/contract/referrals'
import { book, bookingAt, get, logInAs, post, type QuickSession, bankForEachTest } from '../support/api-app'

// The test clock starts on Friday 2026-11-20 at 09:00 Beijing time.
const bank = bankForEachTest()
let wang: QuickSession
beforeEach(async () => {
  wang = logInAs(bank, '13900000001')
})

const inbox = async (s: QuickSession = wang) =>
  (await get(bank.app, '/messages', s.auth)).json<MessagesResult>()

describe('message centre', () => {
  it('one message per booking event, newest first, linked to the booking', async () => {
    const booking = (await book(bank, wang, bookingAt('2026-11-20', '10:00'))).json<Booking>()
    const later = (await book(bank, wang, bookingAt('2026-11-24', '10:00'))).json<Booking>()
    await post(
      bank.app,
      `/bookings/${later.id}/reschedule`,
      { slotStart: '2026-11-24T11:00:00+08:00' },
      wang.auth,
    )
    await post(bank.app, `/bookings/${later.id}/cancel`, undefined, wang.auth)
    await post(
      bank.app,
      '/staff/check-ins',
      { qrPayload: booking.qrPayload },
      logInAs(bank, '13900000101').auth,
    )

    const { items, unread } = await inbox()
    expect(items.map((m) => [m.kind, m.title])).toEqual([
      ['booking', '签到成功'],
      ['booking', '预约已取消'],
      ['booking', '预约已改期'],
      ['booking', '预约成功'],
      ['booking', '预约成功'],
    ])
    expect(unread).toBe(5)
    expect(items[3]).toMatchObject({
      link: { type: 'booking', id: later.id },
      read: false,
      body: '戴南支行（示例）「开立个人账户」11月24日 周二 10:00–10:30，预约号 YY20261124-0001。请携带：身份证。',
    })
    expect(items[2].body).toContain('已改至 11月24日 周二 11:00–11:30')
  })

  it('a reminder appears once per booking when its slot is within 24 h', async () => {
    const monday = (await book(bank, wang, bookingAt('2026-11-23', '10:00'))).json<Booking>()
    expect((await inbox()).items.filter((m) => m.kind === 'reminder')).toEqual([])
    bank.clock.advanceSeconds(2 * 86400 + 3600) // Sunday 10:00: exactly 24 h before
    const first = await inbox()
    const reminders = first.items.filter((m) => m.kind === 'reminder')
    expect(reminders).toHaveLength(1)
    expect(reminders[0]).toMatchObject({ title: '明天有预约', link: { type: 'booking', id: monday.id } })
    expect((await inbox()).items.filter((m) => m.kind === 'reminder')).toHaveLength(1)
    // Sunday at the county-seat branch (open Sunday mornings): today's reminder; cancelled ones get none.
    const sunday = await book(bank, wang, bookingAt('2026-11-22', '11:00', { branchId: 'br_zhaoyang' }))
    expect(sunday.statusCode).toBe(201)
    const dropped = await book(bank, wang, bookingAt('2026-11-22', '11:30', { branchId: 'br_zhaoyang' }))
    await post(bank.app, `/bookings/${dropped.json<Booking>().id}/cancel`, undefined, wang.auth)
    const titles = (await inbox()).items.filter((m) => m.kind === 'reminder').map((m) => m.title)
    expect(titles).toEqual(['今天有预约', '明天有预约'])
  })

  it('referral steps after submission each bring a message', async () => {
    const zhang = logInAs(bank, '13900000101')
    const r = (
      await post(
        bank.app,
        '/referrals',
        { productId: 'pd_sunshine_loan', town: '戴南镇', preferredTime: 'afternoon' },
        wang.auth,
      )
    ).json<Referral>()
    await post(bank.app, `/staff/referrals/${r.id}/status`, { status: 'contacted' }, zhang.auth)
    await post(bank.app, `/staff/referrals/${r.id}/status`, { status: 'done' }, zhang.auth)
    const { items } = await inbox()
    expect(items.map((m) => m.title)).toEqual(['咨询已办结', '客户经理已联系您', '已为您安排客户经理'])
    expect(items[2].body).toBe('您咨询的「阳光e贷」已转给戴南镇客户经理 张*，将在下午与您联系。')
    expect(items.every((m) => m.kind === 'referral' && m.link?.id === r.id)).toBe(true)
  })

  it('unread goes down on read; read-all clears it; others cannot read my messages', async () => {
    await book(bank, wang, bookingAt('2026-11-23', '10:00'))
    await book(bank, wang, bookingAt('2026-11-23', '11:00'))
    await book(bank, wang, bookingAt('2026-11-23', '14:00'))
    const before = await inbox()
    expect(before.unread).toBe(3)
    const read = await post(bank.app, `/messages/${before.items[0].id}/read`, undefined, wang.auth)
    expect(read.statusCode).toBe(200)
    expect(read.json<Message>()).toMatchObject({ id: before.items[0].id, read: true })
    expect((await inbox()).unread).toBe(2)
    // Reading again changes nothing.
    await post(bank.app, `/messages/${before.items[0].id}/read`, undefined, wang.auth)
    expect((await inbox()).unread).toBe(2)

    const li = logInAs(bank, '13900000002')
    expect(
      (await post(bank.app, `/messages/${before.items[1].id}/read`, undefined, li.auth)).statusCode,
    ).toBe(404)
    expect((await inbox(li)).items).toEqual([])

    const all = await post(bank.app, '/messages/read-all', undefined, wang.auth)
    expect(all.json()).toEqual({ unread: 0 })
    const after = await inbox()
    expect(after.unread).toBe(0)
    expect(after.items.every((m) => m.read)).toBe(true)
    expect((await get(bank.app, '/messages')).statusCode).toBe(401)
  })
})
