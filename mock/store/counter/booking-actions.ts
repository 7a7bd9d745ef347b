// Booking, cancelling and rescheduling: every rule checked and the write done in one transaction.
import { randomUUID } from 'node:crypto'
import type { CreateBookingRequest, RescheduleRequest } from '../../../src/contract/bookings'
import { beijingDate } from '../../../src/utils/beijing-time'
import { bankError, notFound } from '../../errors'
import { notifyBooking } from './booking-messages'
import {
  assertAmount,
  assertBookingsLeft,
  assertNoOverlap,
  assertPlaceLeft,
  parseSlotStart,
  resolveSlot,
} from './booking-rules'
import { cancelDeadlineMs } from './booking-view'
import {
  type BookingRow,
  effectiveStatus,
  findBooking,
  findOwnBooking,
  newCheckInCode,
  nextBookingNumber,
} from './bookings'
import { findBranch } from './branches'
import type { Db } from '../db'
import { loadSlotContext, type SlotContext } from './slots'

const NOT_ACTIVE: Record<string, string> = {
  cancelled: '该预约已取消',
  arrived: '该预约已签到办理',
  missed: '该预约已过期',
}

function contextFor(db: Db, branchId: string, serviceId: string, nowMs: number): SlotContext {
  const ctx = loadSlotContext(db, branchId, serviceId, nowMs)
  if (ctx) return ctx
  throw notFound(findBranch(db, branchId) ? '该网点暂不办理此业务' : '网点不存在')
}

/** The customer's booking that can still be changed: 404, 409 BOOKING_NOT_ACTIVE, 422 CANCEL_WINDOW_CLOSED. */
function changeableBooking(
  db: Db,
  customerId: string,
  id: string,
  nowMs: number,
  action: '取消' | '改期',
): BookingRow {
  const row = findOwnBooking(db, customerId, id)
  if (!row) throw notFound('预约不存在')
  const status = effectiveStatus(row, nowMs)
  if (status !== 'booked') throw bankError('BOOKING_NOT_ACTIVE', { message: NOT_ACTIVE[status] })
  if (nowMs > cancelDeadlineMs(row)) {
    throw bankError('CANCEL_WINDOW_CLOSED', { message: `距预约时间不足1小时，无法${action}` })
  }
  return row
}

/** Books a slot for the customer. */
export function createBooking(
  db: Db,
  customerId: string,
  input: CreateBookingRequest,
  nowMs: number,
): BookingRow {
  return db
    .transaction((): BookingRow => {
      const ctx = contextFor(db, input.branchId, input.serviceId, nowMs)
      assertAmount(ctx.service, input.amountFen)
      const slot = resolveSlot(ctx, parseSlotStart(input.slotStart))
      assertNoOverlap(db, customerId, slot)
      assertBookingsLeft(db, customerId, nowMs)
      assertPlaceLeft(db, ctx, slot)
      const id = `bk_${randomUUID()}`
      db.prepare(
        `INSERT INTO bookings (id, number, customer_id, branch_id, service_id, slot_start, slot_end, amount_fen, note, status, created_at, check_in_code)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?)`,
      ).run(
        id,
        nextBookingNumber(db, slot.date),
        customerId,
        ctx.branch.id,
        ctx.service.id,
        slot.startMs,
        slot.endMs,
        input.amountFen ?? null,
        input.note?.trim() || null,
        nowMs,
        newCheckInCode(db, ctx.branch.id, slot.startMs),
      )
      const row = findBooking(db, id)!
      notifyBooking(db, row, 'confirmed', nowMs)
      return row
    })
    .immediate()
}

/** Cancels the customer's booking (until 1 h before its slot, inclusive). */
export function cancelBooking(db: Db, customerId: string, id: string, nowMs: number): BookingRow {
  return db
    .transaction((): BookingRow => {
      changeableBooking(db, customerId, id, nowMs, '取消')
      db.prepare(`UPDATE bookings SET status = 'cancelled', cancelled_at = ? WHERE id = ?`).run(nowMs, id)
      const row = findBooking(db, id)!
      notifyBooking(db, row, 'cancelled', nowMs)
      return row
    })
    .immediate()
}

/** Moves the customer's booking to another slot of the same branch and service; id and number stay. */
export function rescheduleBooking(
  db: Db,
  customerId: string,
  id: string,
  input: RescheduleRequest,
  nowMs: number,
): BookingRow {
  return db
    .transaction((): BookingRow => {
      const old = changeableBooking(db, customerId, id, nowMs, '改期')
      const ctx = contextFor(db, old.branch_id, old.service_id, nowMs)
      const amountFen =
        input.amountFen ?? (ctx.service.needsAmount ? (old.amount_fen ?? undefined) : undefined)
      assertAmount(ctx.service, amountFen)
      const startMs = parseSlotStart(input.slotStart)
      if (startMs === old.slot_start) {
        throw bankError('SAME_SLOT')
      }
      const slot = resolveSlot(ctx, startMs)
      assertNoOverlap(db, customerId, slot, old.id)
      assertPlaceLeft(db, ctx, slot)
      // A new day needs a code unique on that day.
      const code =
        beijingDate(slot.startMs) === beijingDate(old.slot_start)
          ? old.check_in_code
          : newCheckInCode(db, old.branch_id, slot.startMs)
      db.prepare(
        'UPDATE bookings SET slot_start = ?, slot_end = ?, amount_fen = ?, check_in_code = ? WHERE id = ?',
      ).run(slot.startMs, slot.endMs, amountFen ?? null, code, id)
      const row = findBooking(db, id)!
      notifyBooking(db, row, 'rescheduled', nowMs)
      return row
    })
    .immediate()
}
