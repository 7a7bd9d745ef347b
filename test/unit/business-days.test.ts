import {
  beijingDate,
  beijingInstant,
  beijingMinutes,
  parseIsoInstant,
  toBeijingIso,
} from '@/utils/beijing-time'
import {
  bookableDates,
  businessDays,
  daySlots,
  earliestNoticeDate,
  type HolidayEntry,
  hoursOn,
  isOpenAt,
  isSlotPast,
  nextBusinessDay,
  todayHoursText,
  type WeeklyHours,
} from '@/utils/business-days'
import { addDays, isLocalDate, weekdayOf } from '@/utils/calendar-date'

const DAY = { open: '08:30', close: '17:00' }
const MORNING = { open: '09:00', close: '12:00' }
/** Mon–Fri and Saturday morning. */
const WITH_SATURDAY: WeeklyHours = [null, DAY, DAY, DAY, DAY, DAY, MORNING]
/** Mon–Fri only. */
const WEEKDAYS_ONLY: WeeklyHours = [null, DAY, DAY, DAY, DAY, DAY, null]
const HOLIDAYS: HolidayEntry[] = [
  { date: '2026-04-04', type: 'holiday', name: '清明节' },
  { date: '2026-04-05', type: 'holiday', name: '清明节' },
  { date: '2026-04-06', type: 'holiday', name: '清明节' },
  { date: '2026-10-01', type: 'holiday', name: '国庆节' },
  { date: '2026-10-02', type: 'holiday', name: '国庆节' },
  { date: '2026-10-10', type: 'workday', name: '国庆节调休上班' },
]
const at = (iso: string) => new Date(iso)

describe('Beijing calendar, whatever the machine time zone', () => {
  it('08:00 Beijing is 00:00 UTC: the date flips at 16:00 UTC', () => {
    expect(beijingDate(at('2026-11-19T15:59:59Z'))).toBe('2026-11-19')
    expect(beijingDate(at('2026-11-19T16:00:00Z'))).toBe('2026-11-20')
    expect(beijingDate(at('2026-11-20T00:00:00Z'))).toBe('2026-11-20')
    expect(beijingMinutes(at('2026-11-20T00:00:00Z'))).toBe(8 * 60)
    expect(beijingDate(at('2026-11-19T23:59:59+08:00'))).toBe('2026-11-19')
  })

  it('weekdays, day arithmetic and ISO formatting with +08:00', () => {
    expect(weekdayOf('2026-11-20')).toBe(5)
    expect(weekdayOf('2026-11-22')).toBe(0)
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(beijingInstant('2026-11-20', '08:00')).toBe(Date.parse('2026-11-20T00:00:00Z'))
    expect(toBeijingIso(Date.parse('2026-11-20T00:30:00Z'))).toBe('2026-11-20T08:30:00+08:00')
    expect(toBeijingIso(Date.parse('2026-11-19T16:00:00Z'))).toBe('2026-11-20T00:00:00+08:00')
  })

  it('parses only real instants with an explicit offset', () => {
    const ms = Date.parse('2026-11-23T00:30:00Z')
    expect(parseIsoInstant('2026-11-23T08:30:00+08:00')).toBe(ms)
    expect(parseIsoInstant('2026-11-23T00:30:00Z')).toBe(ms)
    expect(parseIsoInstant('2026-11-23T00:30:00.000Z')).toBe(ms)
    expect(parseIsoInstant('2026-11-22T19:30:00-05:00')).toBe(ms)
    for (const bad of [
      '2026-02-30T08:30:00+08:00',
      '2026-11-23T24:00:00+08:00',
      '2026-11-23T08:60:00+08:00',
      '2026-11-23T08:30:00',
      '2026-11-23 08:30:00+08:00',
      '2026-11-23T08:30:00+15:00',
      'tomorrow',
    ]) {
      expect(parseIsoInstant(bad)).toBeUndefined()
    }
    expect(isLocalDate('2028-02-29')).toBe(true)
    expect(isLocalDate('2026-02-29')).toBe(false)
    expect(isLocalDate('2026-13-01')).toBe(false)
  })
})

describe('opening days', () => {
  it('a holiday closes a weekday', () => {
    expect(weekdayOf('2026-10-01')).toBe(4)
    expect(hoursOn(WITH_SATURDAY, HOLIDAYS, '2026-10-01')).toBeNull()
    expect(businessDays(WITH_SATURDAY, HOLIDAYS, '2026-09-30', 3)).toEqual([
      '2026-09-30',
      '2026-10-03',
      '2026-10-05',
    ])
  })

  it('a make-up workday opens a Saturday with Monday–Friday hours', () => {
    expect(weekdayOf('2026-10-10')).toBe(6)
    expect(hoursOn(WEEKDAYS_ONLY, HOLIDAYS, '2026-10-10')).toEqual(DAY)
    expect(hoursOn(WITH_SATURDAY, HOLIDAYS, '2026-10-10')).toEqual(DAY)
    expect(hoursOn(WEEKDAYS_ONLY, HOLIDAYS, '2026-10-17')).toBeNull()
  })

  it('Sunday is closed unless the branch opens on Sundays', () => {
    expect(hoursOn(WITH_SATURDAY, [], '2026-11-22')).toBeNull()
    expect(hoursOn([MORNING, ...WITH_SATURDAY.slice(1)], [], '2026-11-22')).toEqual(MORNING)
    expect(businessDays(WEEKDAYS_ONLY, [], '2026-11-20', 2)).toEqual(['2026-11-20', '2026-11-23'])
  })

  it('the next business day skips a holiday weekend (the Friday before 清明)', () => {
    expect(nextBusinessDay(WITH_SATURDAY, HOLIDAYS, '2026-04-03')).toBe('2026-04-07')
    expect(nextBusinessDay(WITH_SATURDAY, [], '2026-11-20')).toBe('2026-11-21')
    expect(nextBusinessDay(WEEKDAYS_ONLY, [], '2026-11-20')).toBe('2026-11-23')
    expect(earliestNoticeDate(WEEKDAYS_ONLY, [], '2026-11-20', 0)).toBe('2026-11-20')
    expect(earliestNoticeDate(WEEKDAYS_ONLY, [], '2026-11-20', 2)).toBe('2026-11-24')
  })

  it('a branch that never opens has no business days (the search stops)', () => {
    const closed: WeeklyHours = [null, null, null, null, null, null, null]
    expect(businessDays(closed, [], '2026-11-20', 7)).toEqual([])
    expect(nextBusinessDay(closed, [], '2026-11-20')).toBeUndefined()
  })
})

describe('slots', () => {
  it('half-hour slots from open until close, the last ending by close', () => {
    const slots = daySlots(DAY, '2026-11-23')
    expect(slots).toHaveLength(17)
    expect(slots[0]).toEqual({ start: '2026-11-23T08:30:00+08:00', end: '2026-11-23T09:00:00+08:00' })
    expect(slots[16]).toEqual({ start: '2026-11-23T16:30:00+08:00', end: '2026-11-23T17:00:00+08:00' })
    expect(daySlots(MORNING, '2026-11-21')).toHaveLength(6)
    expect(daySlots({ open: '08:30', close: '16:45' }, '2026-11-23').at(-1)?.end).toBe(
      '2026-11-23T16:30:00+08:00',
    )
    expect(daySlots(null, '2026-11-22')).toEqual([])
  })

  it('a slot is past when it starts less than 30 minutes from now', () => {
    const start = Date.parse('2026-11-23T09:00:00+08:00')
    expect(isSlotPast(start, Date.parse('2026-11-23T08:30:00+08:00'))).toBe(false)
    expect(isSlotPast(start, Date.parse('2026-11-23T08:30:00.001+08:00'))).toBe(true)
  })

  it('today is bookable only while it still has a slot starting 30 min or more ahead', () => {
    const friday = (time: string) => at(`2026-11-20T${time}:00+08:00`)
    expect(bookableDates(WEEKDAYS_ONLY, [], friday('16:00'), 3)).toEqual([
      '2026-11-20',
      '2026-11-23',
      '2026-11-24',
    ])
    expect(bookableDates(WEEKDAYS_ONLY, [], friday('16:01'), 3)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ])
    // 07:59 Beijing on Friday is still Thursday in UTC: the window starts on Friday.
    expect(bookableDates(WEEKDAYS_ONLY, [], at('2026-11-19T23:59:00Z'), 1)).toEqual(['2026-11-20'])
  })
})

describe('open now', () => {
  const monday = (time: string) => at(`2026-11-23T${time}+08:00`)

  it('open from the opening minute until just before close', () => {
    expect(isOpenAt(WITH_SATURDAY, [], monday('08:29:59'))).toBe(false)
    expect(isOpenAt(WITH_SATURDAY, [], monday('08:30:00'))).toBe(true)
    expect(isOpenAt(WITH_SATURDAY, [], monday('16:59:59'))).toBe(true)
    expect(isOpenAt(WITH_SATURDAY, [], monday('17:00:00'))).toBe(false)
    expect(isOpenAt(WITH_SATURDAY, HOLIDAYS, at('2026-10-01T10:00:00+08:00'))).toBe(false)
    expect(isOpenAt(WEEKDAYS_ONLY, HOLIDAYS, at('2026-10-10T10:00:00+08:00'))).toBe(true)
  })

  it("today's hours as text", () => {
    expect(todayHoursText(WITH_SATURDAY, [], monday('07:00:00'))).toBe('08:30–17:00')
    expect(todayHoursText(WITH_SATURDAY, [], at('2026-11-21T10:00:00+08:00'))).toBe('09:00–12:00')
    expect(todayHoursText(WITH_SATURDAY, [], at('2026-11-22T10:00:00+08:00'))).toBe('今日休息')
    // 23:30 UTC on Saturday is already Sunday in Beijing.
    expect(todayHoursText(WITH_SATURDAY, [], at('2026-11-21T16:30:00Z'))).toBe('今日休息')
  })
})
