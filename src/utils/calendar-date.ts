// Calendar arithmetic on YYYY-MM-DD strings: validity, days, months, weekdays. UTC-based, so the
// machine's time zone never enters; shared by the mock bank and the app.

const DAY_MS = 86_400_000
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()
const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** True for a real calendar date: month 1–12 and a day that month has. */
export const isValidDate = (year: number, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isLocalDate(text: string): boolean {
  const m = LOCAL_DATE_RE.exec(text)
  return Boolean(m) && isValidDate(Number(m![1]), Number(m![2]), Number(m![3]))
}

/** Year, month (1–12) and day of a real YYYY-MM-DD date; throws on anything else (programming error). */
export function parseLocalDate(date: string): { year: number; month: number; day: number } {
  const m = LOCAL_DATE_RE.exec(date)
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0]
  if (!m || !isValidDate(year, month, day))
    throw new Error(`expected a YYYY-MM-DD calendar date, got "${date}"`)
  return { year, month, day }
}

/** Weekday of a YYYY-MM-DD date, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

/** The date `days` days after (or before, when negative) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The same day of month `months` months after `date`, clamped to that month's last day:
 * 2026-01-31 + 1 → 2026-02-28, + 2 → 2026-03-31 (always counted from `date`, never chained).
 */
export function addMonthsClamped(date: string, months: number): string {
  const { year, month, day } = parseLocalDate(date)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(day, daysInMonth(y, m)), 2)}`
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const ms = (d: string) => {
    const { year, month, day } = parseLocalDate(d)
    return Date.UTC(year, month - 1, day)
  }
  return Math.round((ms(to) - ms(from)) / DAY_MS)
}
