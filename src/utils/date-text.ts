// Calendar dates written for people ("11月30日 周一", "2026年12月20日"): plain string work, no date library,
// so a page that only shows dates (the home page) does not carry one.
import { parseLocalDate, weekdayOf } from './calendar-date'

const weekdays = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** "11月30日 周一" for a YYYY-MM-DD date. */
export function formatDayLabel(date: string): string {
  const { month, day } = parseLocalDate(date)
  return `${month}月${day}日 ${weekdays[weekdayOf(date)]}`
}

/** "11月30日" for a YYYY-MM-DD date. */
export function formatMonthDay(date: string): string {
  const { month, day } = parseLocalDate(date)
  return `${month}月${day}日`
}

/** "2026年12月20日" for a YYYY-MM-DD date. */
export function formatChineseDate(date: string): string {
  const { year, month, day } = parseLocalDate(date)
  return `${year}年${month}月${day}日`
}
