import type { Branch, BranchDetail, DaysResult, SlotsResult } from '@/contract/branches'
import type { ErrorBody } from '@/contract/common'
import { get, logInAs, makeBank, post, bankForEachTest } from '../support/api-app'

// The test clock starts on Friday 2026-11-20 at 09:00 Beijing time.
const bank = bankForEachTest()

const branches = async (query = '') =>
  (await get(bank.app, `/branches${query}`)).json<{ items: Branch[] }>().items

describe('GET /branches (public)', () => {
  it('without a position: every branch by town then name, open now from hours and clock', async () => {
    const items = await branches()
    expect(items).toHaveLength(8)
    expect(items.map((b) => b.town)[0]).toBe('安丰镇')
    expect(items.every((b) => b.distanceMeters === undefined)).toBe(true)
    const zhaoyang = items.find((b) => b.id === 'br_zhaoyang')!
    expect(zhaoyang).toMatchObject({ openNow: true, todayHours: '08:30–17:00', town: '昭阳街道' })
    expect(zhaoyang.openingHours).toHaveLength(7)
    expect(zhaoyang.openingHours[0]).toEqual({ open: '09:00', close: '12:00' })
    expect(items.find((b) => b.id === 'br_dainan')!.openingHours[0]).toBeNull()
  })

  it('with a position: nearest first with whole-metre distances', async () => {
    const items = await branches('?lat=32.7443&lng=120.0689')
    expect(items[0]).toMatchObject({ id: 'br_dainan', distanceMeters: 0 })
    const distances = items.map((b) => b.distanceMeters!)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(distances.every(Number.isInteger)).toBe(true)
    // 昭阳 to 戴南 is roughly 28 km as the crow flies.
    expect(items.find((b) => b.id === 'br_zhaoyang')!.distanceMeters).toBeGreaterThan(25_000)
  })

  it('Sunday: only the county-seat branch opens; a holiday closes everyone', async () => {
    bank.clock.advanceSeconds(2 * 86400 + 3600) // Sunday 10:00
    const sunday = await branches()
    expect(sunday.filter((b) => b.openNow).map((b) => b.id)).toEqual(['br_zhaoyang'])
    expect(sunday.find((b) => b.id === 'br_dainan')!.todayHours).toBe('今日休息')
    const newYear = await makeBank({ now: () => new Date('2027-01-01T10:00:00+08:00') })
    const res = await get(newYear.app, '/branches')
    expect(
      res.json<{ items: Branch[] }>().items.every((b) => !b.openNow && b.todayHours === '今日休息'),
    ).toBe(true)
    await newYear.app.close()
  })

  it('validates the position', async () => {
    for (const query of ['?lat=91&lng=120', '?lat=32&lng=abc', '?lat=32', '?lng=120', '?lat=NaN&lng=1']) {
      const res = await get(bank.app, `/branches${query}`)
      expect(res.statusCode).toBe(400)
      expect(res.json<ErrorBody>().code).toBe('VALIDATION_FAILED')
    }
  })
})

describe('GET /branches/:id', () => {
  it('has the service catalogue with per-branch capacities', async () => {
    const res = await get(bank.app, '/branches/br_zhaoyang')
    expect(res.statusCode).toBe(200)
    const detail = res.json<BranchDetail>()
    expect(detail.services.map((s) => s.id)).toEqual([
      'account-opening',
      'social-security-card',
      'large-cash-withdrawal',
      'loan-consultation',
      'wealth-consultation',
      'card-loss-replacement',
      'merchant-acquiring',
    ])
    expect(detail.services[0]).toMatchObject({ name: '开立个人账户', bring: ['身份证'], capacityPerSlot: 4 })
    expect(detail.services.find((s) => s.id === 'large-cash-withdrawal')).toMatchObject({
      needsAmount: true,
      minAmountFen: 5_000_000,
      maxAmountFen: 100_000_000,
      noticeBusinessDays: 1,
      capacityPerSlot: 2,
    })
    const dainan = (await get(bank.app, '/branches/br_dainan')).json<BranchDetail>()
    expect(dainan.services[0].capacityPerSlot).toBe(3)
  })

  it('unknown branch is 404', async () => {
    const res = await get(bank.app, '/branches/br_nowhere')
    expect(res.statusCode).toBe(404)
    expect(res.json<ErrorBody>().code).toBe('NOT_FOUND')
  })
})

describe('days and slots', () => {
  const days = async (branch: string, service = 'account-opening') =>
    (await get(bank.app, `/branches/${branch}/days?serviceId=${service}`)).json<DaysResult>().days
  const slots = (branch: string, date: string, service = 'account-opening') =>
    get(bank.app, `/branches/${branch}/slots?serviceId=${service}&date=${date}`)

  it('the next 7 business days, today included while it has bookable slots', async () => {
    expect((await days('br_dainan')).map((d) => d.date)).toEqual([
      '2026-11-20',
      '2026-11-21',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ])
    expect((await days('br_dainan'))[1]).toEqual({
      date: '2026-11-21',
      weekday: 6,
      open: '09:00',
      close: '12:00',
    })
    expect((await days('br_shagou')).map((d) => d.date).slice(0, 2)).toEqual(['2026-11-20', '2026-11-23'])
    bank.clock.advanceSeconds(7 * 3600 + 1) // 16:00:01: the 16:30 slot is now too soon
    expect((await days('br_shagou'))[0].date).toBe('2026-11-23')
  })

  it('slot statuses: past before now + 30 min, available, notice for large cash today', async () => {
    const res = await slots('br_dainan', '2026-11-20')
    expect(res.statusCode).toBe(200)
    const body = res.json<SlotsResult>()
    expect(body.slots).toHaveLength(17)
    expect(body.slots.slice(0, 3).map((s) => s.status)).toEqual(['past', 'past', 'available'])
    expect(body.slots[2]).toEqual({
      start: '2026-11-20T09:30:00+08:00',
      end: '2026-11-20T10:00:00+08:00',
      capacity: 3,
      remaining: 3,
      status: 'available',
    })
    const cash = (await slots('br_dainan', '2026-11-20', 'large-cash-withdrawal')).json<SlotsResult>()
    expect(new Set(cash.slots.map((s) => s.status))).toEqual(new Set(['past', 'notice']))
    const saturday = (await slots('br_dainan', '2026-11-21', 'large-cash-withdrawal')).json<SlotsResult>()
    expect(saturday.slots.every((s) => s.status === 'available')).toBe(true)
  })

  it('full slots show no places left', async () => {
    const slotStart = '2026-11-23T10:00:00+08:00'
    for (const phone of ['13911112001', '13911112002']) {
      const s = logInAs(bank, phone)
      const res = await post(
        bank.app,
        '/bookings',
        { branchId: 'br_dainan', serviceId: 'merchant-acquiring', slotStart },
        s.auth,
      )
      expect(res.statusCode).toBe(phone.endsWith('1') ? 201 : 409)
    }
    const body = (await slots('br_dainan', '2026-11-23', 'merchant-acquiring')).json<SlotsResult>()
    expect(body.slots.find((s) => s.start === slotStart)).toMatchObject({
      capacity: 1,
      remaining: 0,
      status: 'full',
    })
  })

  it('dates outside the window are 422, impossible dates 400, unknown branch 404', async () => {
    for (const date of ['2026-11-22', '2026-11-19', '2026-11-30', '2027-11-20']) {
      const res = await slots('br_dainan', date)
      expect(res.statusCode).toBe(422)
      expect(res.json<ErrorBody>().code).toBe('DATE_NOT_BOOKABLE')
    }
    for (const date of ['2026-02-30', '2026-11-1', 'today']) {
      expect((await slots('br_dainan', date)).statusCode).toBe(400)
    }
    expect((await slots('br_dainan', '2026-11-23', 'haircut')).statusCode).toBe(400)
    expect((await slots('br_nowhere', '2026-11-23')).statusCode).toBe(404)
  })
})
