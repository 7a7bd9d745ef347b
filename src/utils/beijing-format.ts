// How bank times are written for people: Beijing time, in Chinese ("11月30日 周一 09:00–09:30").
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { BEIJING_OFFSET_MINUTES } from './beijing-time'

dayjs.extend(utc)

const weekdays = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** The instant in Beijing time, formatted with a dayjs pattern ("HH:mm", "YYYY-MM-DD"). */
export function formatBeijing(iso: string, pattern: string): string {
  return dayjs(iso).utcOffset(BEIJING_OFFSET_MINUTES).format(pattern)
}

/** "11月30日 周一" for a YYYY-MM-DD date. */
export function formatDayLabel(date: string): string {
  const day = dayjs.utc(date)
  return `${day.month() + 1}月${day.date()}日 ${weekdays[day.day()]}`
}

/** "2026年12月20日" for a YYYY-MM-DD date. */
export function formatChineseDate(date: string): string {
  const day = dayjs.utc(date)
  return `${day.year()}年${day.month() + 1}月${day.date()}日`
}

/** "09:00–09:30" for a slot. */
export function formatTimeRange(startIso: string, endIso: string): string {
  return `${formatBeijing(startIso, 'HH:mm')}–${formatBeijing(endIso, 'HH:mm')}`
}

/** "11月30日 周一 09:00–09:30" for a booking. */
export function formatSlot(startIso: string, endIso: string): string {
  return `${formatDayLabel(formatBeijing(startIso, 'YYYY-MM-DD'))} ${formatTimeRange(startIso, endIso)}`
}
