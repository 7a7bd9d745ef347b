// Business days and half-hour slots of a branch, always in Beijing time (UTC+8, no DST) whatever
// the machine's time zone. Pure; no framework: shared by the mock bank and the app.
import { SLOT_LEAD_MINUTES, SLOT_MINUTES } from '../contract/constants'
import { beijingDate, beijingInstant, beijingMinutes, minutesOf, toBeijingIso } from './beijing-time'
import { addDays, weekdayOf } from './calendar-date'

/** Opening and closing time of one day, "HH:mm" Beijing time. */
export interface DayHours {
  open: string
  close: string
}
/** Hours per weekday, index 0 = Sunday … 6 = Saturday; null = closed that day. */
export type WeeklyHours = readonly (DayHours | null)[]
/** 'holiday': closed; 'workday': official make-up working day (opens with Monday–Friday hours). */
export type HolidayType = 'holiday' | 'workday'
/** One entry of the public-holiday calendar. */
export interface HolidayEntry {
  date: string
  type: HolidayType
  name?: string
}
/** A half-hour slot [start, end) as ISO instants with +08:00. */
export interface SlotTimes {
  start: string
  end: string
}

/** How far ahead the calendar is searched for open days before giving up. */
const SEARCH_LIMIT_DAYS = 366
const MINUTE_MS = 60_000

const holidayMap = (holidays: readonly HolidayEntry[]) => new Map(holidays.map((h) => [h.date, h.type]))
type HolidayLookup = Map<string, HolidayType>

/** Monday–Friday hours used on make-up workdays (the first weekday that has hours). */
const workdayHours = (hours: WeeklyHours) => [1, 2, 3, 4, 5].map((d) => hours[d]).find(Boolean) ?? null

function hoursWith(hours: WeeklyHours, lookup: HolidayLookup, date: string): DayHours | null {
  const type = lookup.get(date)
  if (type === 'holiday') return null
  if (type === 'workday') return workdayHours(hours)
  return hours[weekdayOf(date)] ?? null
}

/** The branch's hours on a date: null on holidays and closed weekdays; weekday hours on make-up workdays. */
export function hoursOn(
  hours: WeeklyHours,
  holidays: readonly HolidayEntry[],
  date: string,
): DayHours | null {
  return hoursWith(hours, holidayMap(holidays), date)
}

/** The next `count` dates, from `fromLocalDate` inclusive, on which the branch opens (searches a year). */
export function businessDays(
  hours: WeeklyHours,
  holidays: readonly HolidayEntry[],
  fromLocalDate: string,
  count: number,
): string[] {
  const lookup = holidayMap(holidays)
  const days: string[] = []
  for (let i = 0; i < SEARCH_LIMIT_DAYS && days.length < count; i++) {
    const date = addDays(fromLocalDate, i)
    if (hoursWith(hours, lookup, date)) days.push(date)
  }
  return days
}

/** The first business day strictly after `localDate`, or undefined if none within a year. */
export function nextBusinessDay(
  hours: WeeklyHours,
  holidays: readonly HolidayEntry[],
  localDate: string,
): string | undefined {
  return businessDays(hours, holidays, addDays(localDate, 1), 1)[0]
}

/** The earliest date a service with `noticeBusinessDays` of notice may be booked, counted from `today`. */
export function earliestNoticeDate(
  hours: WeeklyHours,
  holidays: readonly HolidayEntry[],
  today: string,
  noticeBusinessDays: number,
): string | undefined {
  let date: string | undefined = today
  for (let i = 0; i < noticeBusinessDays && date; i++) date = nextBusinessDay(hours, holidays, date)
  return date
}

/** Half-hour slots [start, end) of a day from open until close (the last one ends by close). */
export function daySlots(dayHours: DayHours | null, date: string): SlotTimes[] {
  if (!dayHours) return []
  const open = minutesOf(dayHours.open)
  const close = minutesOf(dayHours.close)
  const slots: SlotTimes[] = []
  for (let start = open; start + SLOT_MINUTES <= close; start += SLOT_MINUTES) {
    slots.push({
      start: toBeijingIso(beijingInstant(date, start)),
      end: toBeijingIso(beijingInstant(date, start + SLOT_MINUTES)),
    })
  }
  return slots
}

/** True when a slot starting at `slotStartMs` is too soon to book (starts before now + 30 min). */
export function isSlotPast(slotStartMs: number, nowMs: number): boolean {
  return slotStartMs < nowMs + SLOT_LEAD_MINUTES * MINUTE_MS
}

/**
 * The next `count` bookable dates: business days from today, today included only while it still
 * has a slot that is not past.
 */
export function bookableDates(
  hours: WeeklyHours,
  holidays: readonly HolidayEntry[],
  now: Date | number,
  count: number,
): string[] {
  const nowMs = typeof now === 'number' ? now : now.getTime()
  const today = beijingDate(nowMs)
  const days = businessDays(hours, holidays, today, count + 1)
  const todayOpen =
    days[0] === today &&
    daySlots(hoursOn(hours, holidays, today), today).some((s) => !isSlotPast(Date.parse(s.start), nowMs))
  return (days[0] === today && !todayOpen ? days.slice(1) : days).slice(0, count)
}

/** True when the branch is open at the instant (open ≤ t < close, Beijing time). */
export function isOpenAt(
  hours: WeeklyHours,
  holidays: readonly HolidayEntry[],
  instant: Date | number | string,
): boolean {
  const day = hoursOn(hours, holidays, beijingDate(instant))
  if (!day) return false
  const t = beijingMinutes(instant)
  return t >= minutesOf(day.open) && t < minutesOf(day.close)
}

/** Today's hours as text, "08:30–17:00", or "今日休息" when closed. */
export function todayHoursText(
  hours: WeeklyHours,
  holidays: readonly HolidayEntry[],
  instant: Date | number | string,
): string {
  const day = hoursOn(hours, holidays, beijingDate(instant))
  return day ? `${day.open}–${day.close}` : '今日休息'
}
