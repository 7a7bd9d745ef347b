// How bank times are written for people: Beijing time, in Chinese ("11月30日 周一 09:00–09:30").
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { BEIJING_OFFSET_MINUTES } from './beijing-time'
import { formatDayLabel } from './date-text'

dayjs.extend(utc)

/** The instant in Beijing time, formatted with a dayjs pattern ("HH:mm", "YYYY-MM-DD"). */
export function formatBeijing(iso: string, pattern: string): string {
  return dayjs(iso).utcOffset(BEIJING_OFFSET_MINUTES).format(pattern)
}

/** "09:00–09:30" for a slot. */
export function formatTimeRange(startIso: string, endIso: string): string {
  return `${formatBeijing(startIso, 'HH:mm')}–${formatBeijing(endIso, 'HH:mm')}`
}

/** "11月30日 周一 09:00–09:30" for a booking. */
export function formatSlot(startIso: string, endIso: string): string {
  return `${formatDayLabel(formatBeijing(startIso, 'YYYY-MM-DD'))} ${formatTimeRange(startIso, endIso)}`
}
