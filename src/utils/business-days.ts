// Business days and half-hour slots of a branch, always in Beijing time (UTC+8, no DST) whatever
// the machine's time zone. Pure; no framework: shared by the mock bank and the app.
import { SLOT_LEAD_MINUTES, SLOT_MINUTES } from '../contract/constants'

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

const OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000
const MINUTE_MS = 60_000
/** How far ahead the calendar is searched for open days before giving up. */
const SEARCH_LIMIT_DAYS = 366
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/
const ISO_INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
const validDate = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isLocalDate(text: string): boolean {
  const m = LOCAL_DATE_RE.exec(text)
  return Boolean(m) && validDate(Number(m![1]), Number(m![2]), Number(m![3]))
}

/** Epoch ms of an ISO 8601 instant with an explicit offset ("Z" or ±hh:mm); undefined when not one. */
export function parseIsoInstant(text: string): number | undefined {
  const m = ISO_INSTANT_RE.exec(text)
  if (!m) return undefined
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]))
  const s = Number(m[6] ?? 0)
  if (!validDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined
  let offsetMin = 0
  if (m[8] !== 'Z') {
    const [oh, om] = [Number(m[10]), Number(m[11])]
    if (oh > 14 || om > 59) return undefined
    offsetMin = (m[9] === '-' ? -1 : 1) * (oh * 60 + om)
  }
  const ms = Number((m[7] ?? '').padEnd(3, '0'))
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMin * MINUTE_MS
}

const toMs = (instant: Date | number | string) =>
  typeof instant === 'number'
    ? instant
    : typeof instant === 'string'
      ? Date.parse(instant)
      : instant.getTime()

/** The Beijing calendar date (YYYY-MM-DD) of an instant. */
export function beijingDate(instant: Date | number | string): string {
  return new Date(toMs(instant) + OFFSET_MS).toISOString().slice(0, 10)
}

/** Minutes since Beijing midnight of an instant. */
export function beijingMinutes(instant: Date | number | string): number {
  const ms = (((toMs(instant) + OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS
  return Math.floor(ms / MINUTE_MS)
}

/** Weekday of a YYYY-MM-DD date, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

/** The date `days` days after (or before, when negative) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

const minutesOf = (hhmm: string) => {
  const m = HHMM_RE.exec(hhmm)
  if (!m) throw new Error(`bad time "${hhmm}", expected HH:mm`)
  return Number(m[1]) * 60 + Number(m[2])
}

/** Epoch ms of a Beijing wall-clock time ("HH:mm", or minutes since midnight) on a date. */
export function beijingInstant(date: string, time: string | number): number {
  const minutes = typeof time === 'number' ? time : minutesOf(time)
  return Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + minutes * MINUTE_MS
}

/** An instant as ISO 8601 with +08:00, e.g. "2026-11-23T08:30:00+08:00" (whole seconds). */
export function toBeijingIso(instant: Date | number | string): string {
  const local = new Date(toMs(instant) + OFFSET_MS).toISOString()
  return `${local.slice(0, 19)}+08:00`
}

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
  const nowMs = toMs(now)
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
