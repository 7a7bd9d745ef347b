// The bookings table: rows, lookups, lists and booking numbers.
import type { BookingScope, BookingStatus, ServiceId } from '../../../src/contract/constants'
import { randomInt } from 'node:crypto'
import { CHECK_IN_CODE_LENGTH } from '../../../src/contract/constants'
import { beijingDate, beijingInstant } from '../../../src/utils/beijing-time'
import { addDays } from '../../../src/utils/calendar-date'
import type { Db } from '../db'

/** A bookings row ('missed' is never stored: it is a booked row whose slot has ended). */
export interface BookingRow {
  id: string
  number: string
  customer_id: string
  branch_id: string
  service_id: ServiceId
  slot_start: number
  slot_end: number
  amount_fen: number | null
  note: string | null
  status: 'booked' | 'arrived' | 'cancelled'
  created_at: number
  cancelled_at: number | null
  arrived_at: number | null
  checked_in_by: string | null
  /** Shown under the customer's QR code; unique among the branch's active bookings. */
  check_in_code: string
}

/** The status the customer sees: a booked row whose slot ended is 'missed'. */
export function effectiveStatus(row: BookingRow, nowMs: number): BookingStatus {
  return row.status === 'booked' && row.slot_end <= nowMs ? 'missed' : row.status
}

/** The booking with this id, if any. */
export function findBooking(db: Db, id: string): BookingRow | undefined {
  return db.prepare('SELECT * FROM bookings WHERE id = ?').get(id) as BookingRow | undefined
}

/** The customer's booking with this id; undefined for unknown ids and other customers' bookings. */
export function findOwnBooking(db: Db, customerId: string, id: string): BookingRow | undefined {
  return db.prepare('SELECT * FROM bookings WHERE id = ? AND customer_id = ?').get(id, customerId) as
    BookingRow | undefined
}

const SCOPE_SQL: Record<BookingScope, string> = {
  upcoming: `status IN ('booked', 'arrived') AND slot_end > @now ORDER BY slot_start ASC, created_at ASC`,
  past: `status IN ('booked', 'arrived') AND slot_end <= @now ORDER BY slot_start DESC, created_at DESC`,
  cancelled: `status = 'cancelled' ORDER BY cancelled_at DESC, slot_start DESC`,
}

/** One list of the customer's bookings (at most 200). */
export function listBookings(db: Db, customerId: string, scope: BookingScope, nowMs: number): BookingRow[] {
  return db
    .prepare(`SELECT * FROM bookings WHERE customer_id = @customer AND ${SCOPE_SQL[scope]} LIMIT 200`)
    .all({ customer: customerId, now: nowMs }) as BookingRow[]
}

/** Active places taken in one slot of one service at one branch. */
export function countTaken(db: Db, branchId: string, serviceId: string, slotStartMs: number): number {
  const row = db
    .prepare(
      `SELECT COUNT(*) AS n FROM bookings WHERE branch_id = ? AND service_id = ? AND slot_start = ? AND status IN ('booked', 'arrived')`,
    )
    .get(branchId, serviceId, slotStartMs) as { n: number }
  return row.n
}

/** The customer's active booking overlapping [startMs, endMs), ignoring one booking id. */
export function findOverlap(
  db: Db,
  customerId: string,
  startMs: number,
  endMs: number,
  ignoreId = '',
): BookingRow | undefined {
  return db
    .prepare(
      `SELECT * FROM bookings WHERE customer_id = ? AND status IN ('booked', 'arrived')
       AND slot_start < ? AND slot_end > ? AND id <> ? LIMIT 1`,
    )
    .get(customerId, endMs, startMs, ignoreId) as BookingRow | undefined
}

/** Next booking number for a slot date: "YY" + YYYYMMDD + "-" + daily sequence, e.g. YY20261130-0007. */
export function nextBookingNumber(db: Db, date: string): string {
  const { last } = db
    .prepare(
      `INSERT INTO booking_sequences (date, last) VALUES (?, 1)
       ON CONFLICT(date) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .get(date) as { last: number }
  return `YY${date.replace(/-/g, '')}-${String(last).padStart(4, '0')}`
}

/**
 * A random check-in code no other booking of the branch on the slot's Beijing day holds, whatever its
 * status, so a code typed at the counter that day names one booking. Random (not derived from the id
 * or number), so knowing one booking says nothing of another's code.
 */
export function newCheckInCode(db: Db, branchId: string, slotStartMs: number): string {
  const day = beijingDate(slotStartMs)
  const taken = db.prepare(
    'SELECT 1 FROM bookings WHERE branch_id = ? AND check_in_code = ? AND slot_start >= ? AND slot_start < ?',
  )
  const from = beijingInstant(day, 0)
  const to = beijingInstant(addDays(day, 1), 0)
  for (;;) {
    const code = String(randomInt(10 ** CHECK_IN_CODE_LENGTH)).padStart(CHECK_IN_CODE_LENGTH, '0')
    if (!taken.get(branchId, code, from, to)) return code
  }
}
