// Messages the bank sends about a booking: confirmed, rescheduled, cancelled, arrived, and reminders.
import { beijingDate, beijingMinutes } from '../../../src/utils/beijing-time'
import { weekdayOf } from '../../../src/utils/calendar-date'
import type { BookingRow } from './bookings'
import type { Db } from '../db'
import { addMessage } from '../messages/messages'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** "11月23日 周一 08:30–09:00" for a slot, Beijing time. */
export function slotLabel(startMs: number, endMs: number): string {
  const date = beijingDate(startMs)
  const [, month, day] = date.split('-').map(Number)
  return `${month}月${day}日 ${WEEKDAYS[weekdayOf(date)]} ${hhmm(beijingMinutes(startMs))}–${hhmm(beijingMinutes(endMs))}`
}

/** Branch and service names of a booking. */
function names(db: Db, row: BookingRow): { branch: string; service: string; bring: string } {
  const r = db
    .prepare(
      'SELECT b.name AS branch, s.name AS service, s.bring AS bring FROM branches b, services s WHERE b.id = ? AND s.id = ?',
    )
    .get(row.branch_id, row.service_id) as { branch: string; service: string; bring: string }
  return { ...r, bring: (JSON.parse(r.bring) as string[]).join('、') }
}

/** The events of a booking the customer is told about. */
export type BookingEvent = 'confirmed' | 'rescheduled' | 'cancelled' | 'arrived'

/** Tells the customer about a booking event. */
export function notifyBooking(db: Db, row: BookingRow, event: BookingEvent, nowMs: number): void {
  const n = names(db, row)
  const when = slotLabel(row.slot_start, row.slot_end)
  const text: Record<BookingEvent, [string, string]> = {
    confirmed: ['预约成功', `${n.branch}「${n.service}」${when}，预约号 ${row.number}。请携带：${n.bring}。`],
    rescheduled: ['预约已改期', `预约号 ${row.number} 已改至 ${when}，${n.branch}「${n.service}」。`],
    cancelled: ['预约已取消', `您已取消 ${when} ${n.branch}「${n.service}」的预约（预约号 ${row.number}）。`],
    arrived: ['签到成功', `您已在${n.branch}签到，请留意叫号（预约号 ${row.number}）。`],
  }
  const [title, body] = text[event]
  addMessage(
    db,
    { userId: row.customer_id, kind: 'booking', title, body, link: { type: 'booking', id: row.id } },
    nowMs,
  )
}

/** Adds a reminder, once per booking and slot, for active bookings starting within the next 24 h. */
export function addDueReminders(db: Db, userId: string, nowMs: number): void {
  const due = db
    .prepare(
      `SELECT * FROM bookings WHERE customer_id = ? AND status = 'booked' AND slot_start > ? AND slot_start <= ?`,
    )
    .all(userId, nowMs, nowMs + 86_400_000) as BookingRow[]
  for (const row of due) {
    const n = names(db, row)
    const title = beijingDate(row.slot_start) === beijingDate(nowMs) ? '今天有预约' : '明天有预约'
    const body = `${slotLabel(row.slot_start, row.slot_end)} ${n.branch}「${n.service}」，预约号 ${row.number}。请携带：${n.bring}。`
    addMessage(
      db,
      {
        userId,
        kind: 'reminder',
        title,
        body,
        link: { type: 'booking', id: row.id },
        dedupeKey: `reminder:${row.id}:${row.slot_start}`,
      },
      nowMs,
    )
  }
}
