// Bank time is Beijing time (UTC+8, no DST) whatever the phone's or server's time zone: instants to
// Beijing dates and clock times, and back. Plain arithmetic, shared by the mock and the app; the way
// they are written for people is beijing-format.
import { isValidDate } from './calendar-date'

/** Minutes Beijing time is ahead of UTC. */
export const BEIJING_OFFSET_MINUTES = 8 * 60
const OFFSET_MS = BEIJING_OFFSET_MINUTES * 60_000
const DAY_MS = 86_400_000
const MINUTE_MS = 60_000
const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/
const ISO_INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/

const toMs = (instant: Date | number | string) =>
  typeof instant === 'number'
    ? instant
    : typeof instant === 'string'
      ? Date.parse(instant)
      : instant.getTime()

/** Epoch ms of an ISO 8601 instant with an explicit offset ("Z" or ±hh:mm); undefined when not one. */
export function parseIsoInstant(text: string): number | undefined {
  const m = ISO_INSTANT_RE.exec(text)
  if (!m) return undefined
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]))
  const s = Number(m[6] ?? 0)
  if (!isValidDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined
  let offsetMin = 0
  if (m[8] !== 'Z') {
    const [oh, om] = [Number(m[10]), Number(m[11])]
    if (oh > 14 || om > 59) return undefined
    offsetMin = (m[9] === '-' ? -1 : 1) * (oh * 60 + om)
  }
  const ms = Number((m[7] ?? '').padEnd(3, '0'))
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMin * MINUTE_MS
}

/** The Beijing calendar date (YYYY-MM-DD) of an instant. */
export function beijingDate(instant: Date | number | string): string {
  return new Date(toMs(instant) + OFFSET_MS).toISOString().slice(0, 10)
}

/** Minutes since Beijing midnight of an instant. */
export function beijingMinutes(instant: Date | number | string): number {
  const ms = (((toMs(instant) + OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS
  return Math.floor(ms / MINUTE_MS)
}

/** Minutes since midnight of "HH:mm"; throws on anything else (programming error). */
export function minutesOf(hhmm: string): number {
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
