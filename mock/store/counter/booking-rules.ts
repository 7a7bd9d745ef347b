// The rules a slot must pass to be booked, each failing with the error the customer sees.
import type { BranchService } from '../../../src/contract/branches'
import { MAX_ACTIVE_BOOKINGS } from '../../../src/contract/constants'
import { checkBookingAmount } from '../../../src/utils/booking-amount'
import { beijingDate, parseIsoInstant } from '../../../src/utils/beijing-time'
import { daySlots, hoursOn, isSlotPast } from '../../../src/utils/business-days'
import { bankError, fieldError } from '../../errors'
import { type BookingRow, countTaken, findOverlap } from './bookings'
import type { Db } from '../db'
import { bookingWindow, earliestDate, findAlternatives, type SlotContext } from './slots'

/** A slot that passed the calendar rules. */
export interface ResolvedSlot {
  startMs: number
  endMs: number
  date: string
}

/** 400 unless the amount suits the service (required for large cash, refused elsewhere). */
export function assertAmount(service: BranchService, amountFen: number | undefined): void {
  const check = checkBookingAmount(service, amountFen)
  if (!check.valid) throw fieldError('amountFen', check.reason)
}

/** Epoch ms of slotStart, or 400 when it is not a real ISO instant with an offset. */
export function parseSlotStart(slotStart: string): number {
  const ms = parseIsoInstant(slotStart)
  if (ms === undefined) throw fieldError('slotStart', '预约时段格式不正确')
  return ms
}

const shortName = (service: BranchService) => service.name.replace(/（.*）$/, '')

/**
 * Checks the slot against the calendar: one of the next 7 business days (422 DATE_NOT_BOOKABLE), a
 * real slot of that day that is not past (422 SLOT_NOT_BOOKABLE), and the notice rule (422 NOTICE_TOO_SHORT).
 */
export function resolveSlot(ctx: SlotContext, startMs: number): ResolvedSlot {
  const date = beijingDate(startMs)
  if (!bookingWindow(ctx).includes(date)) {
    throw bankError('DATE_NOT_BOOKABLE')
  }
  const slot = daySlots(hoursOn(ctx.branch.openingHours, ctx.holidays, date), date).find(
    (s) => Date.parse(s.start) === startMs,
  )
  if (!slot) throw bankError('SLOT_NOT_BOOKABLE')
  if (isSlotPast(startMs, ctx.nowMs)) {
    throw bankError('SLOT_NOT_BOOKABLE', { message: '该时段已过或即将开始，请选择其他时段' })
  }
  if (date < earliestDate(ctx)) {
    const days = ctx.service.noticeBusinessDays
    throw bankError('NOTICE_TOO_SHORT', { message: `${shortName(ctx.service)}需至少提前${days}个工作日预约` })
  }
  return { startMs, endMs: Date.parse(slot.end), date }
}

/** 409 BOOKING_OVERLAP when the customer holds another active booking at that time. */
export function assertNoOverlap(db: Db, customerId: string, slot: ResolvedSlot, ignoreId?: string): void {
  const other: BookingRow | undefined = findOverlap(db, customerId, slot.startMs, slot.endMs, ignoreId)
  if (other) {
    throw bankError('BOOKING_OVERLAP', {
      message: `您在该时段已有预约（${other.number}）`,
      details: {
        bookingNumber: other.number,
      },
    })
  }
}

/** 409 TOO_MANY_BOOKINGS when the customer already holds the most bookings still to come. */
export function assertBookingsLeft(db: Db, customerId: string, nowMs: number): void {
  const { n } = db
    .prepare(
      "SELECT COUNT(*) AS n FROM bookings WHERE customer_id = ? AND status = 'booked' AND slot_end > ?",
    )
    .get(customerId, nowMs) as { n: number }
  if (n >= MAX_ACTIVE_BOOKINGS) {
    throw bankError('TOO_MANY_BOOKINGS', {
      message: `您已有${MAX_ACTIVE_BOOKINGS}个待办理的预约，请办理或取消其中一个后再预约`,
    })
  }
}

/** 409 SLOT_FULL, with up to 3 nearby alternatives, when no place is left. */
export function assertPlaceLeft(db: Db, ctx: SlotContext, slot: ResolvedSlot): void {
  if (countTaken(db, ctx.branch.id, ctx.service.id, slot.startMs) < ctx.service.capacityPerSlot) return
  throw bankError('SLOT_FULL', {
    details: {
      alternatives: findAlternatives(db, ctx, slot.startMs),
    },
  })
}
