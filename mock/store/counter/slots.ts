// Slots of one service at one branch: the bookable window, places left, and each slot's status.
import { BOOKING_WINDOW_DAYS, type SlotStatus } from '../../../src/contract/constants'
import type { BranchService, Slot } from '../../../src/contract/branches'
import type { SlotAlternative } from '../../../src/contract/common'
import { beijingDate, beijingInstant } from '../../../src/utils/beijing-time'
import {
  bookableDates,
  daySlots,
  earliestNoticeDate,
  type HolidayEntry,
  hoursOn,
  isSlotPast,
} from '../../../src/utils/business-days'
import { type BranchRecord, findBranch, findBranchService, loadHolidays } from './branches'
import type { Db } from '../db'

/** Everything the slot rules need about one service at one branch, at one moment. */
export interface SlotContext {
  branch: BranchRecord
  service: BranchService
  holidays: HolidayEntry[]
  nowMs: number
}

/** The context for a branch and service, or undefined when either is unknown. */
export function loadSlotContext(
  db: Db,
  branchId: string,
  serviceId: string,
  nowMs: number,
): SlotContext | undefined {
  const branch = findBranch(db, branchId)
  const service = branch && findBranchService(db, branchId, serviceId)
  if (!branch || !service) return undefined
  return { branch, service, holidays: loadHolidays(db), nowMs }
}

/** The next 7 business days (today only while it still has a slot that is not past). */
export function bookingWindow(ctx: SlotContext): string[] {
  return bookableDates(ctx.branch.openingHours, ctx.holidays, ctx.nowMs, BOOKING_WINDOW_DAYS)
}

/** The first date the service may be booked for under its notice rule (large cash: next business day). */
export function earliestDate(ctx: SlotContext): string {
  const today = beijingDate(ctx.nowMs)
  const hours = ctx.branch.openingHours
  return earliestNoticeDate(hours, ctx.holidays, today, ctx.service.noticeBusinessDays) ?? '9999-12-31'
}

/** Places taken (active bookings) per slot start on a date. */
function takenPlaces(db: Db, ctx: SlotContext, date: string): Map<number, number> {
  const from = beijingInstant(date, 0)
  const rows = db
    .prepare(
      `SELECT slot_start, COUNT(*) AS n FROM bookings
       WHERE branch_id = ? AND service_id = ? AND slot_start >= ? AND slot_start < ? AND status IN ('booked', 'arrived')
       GROUP BY slot_start`,
    )
    .all(ctx.branch.id, ctx.service.id, from, from + 86_400_000) as { slot_start: number; n: number }[]
  return new Map(rows.map((r) => [r.slot_start, r.n]))
}

/** The slots of a date with places left and status (past > notice > full > available). */
export function slotsOn(db: Db, ctx: SlotContext, date: string): Slot[] {
  const taken = takenPlaces(db, ctx, date)
  const capacity = ctx.service.capacityPerSlot
  const tooEarly = date < earliestDate(ctx)
  return daySlots(hoursOn(ctx.branch.openingHours, ctx.holidays, date), date).map(({ start, end }) => {
    const startMs = Date.parse(start)
    const remaining = Math.max(0, capacity - (taken.get(startMs) ?? 0))
    const status: SlotStatus = isSlotPast(startMs, ctx.nowMs)
      ? 'past'
      : tooEarly
        ? 'notice'
        : remaining === 0
          ? 'full'
          : 'available'
    return { start, end, capacity, remaining, status }
  })
}

/** Up to `limit` available slots nearest the requested one: same day first, then the following days. */
export function findAlternatives(
  db: Db,
  ctx: SlotContext,
  requestedMs: number,
  limit = 3,
): SlotAlternative[] {
  const date = beijingDate(requestedMs)
  const pick = (slots: Slot[]) =>
    slots
      .filter((s) => s.status === 'available')
      .map(({ start, end, remaining }) => ({ start, end, remaining }))
  const distance = (s: SlotAlternative) => Math.abs(Date.parse(s.start) - requestedMs)
  const found = pick(slotsOn(db, ctx, date)).sort(
    (a, b) => distance(a) - distance(b) || a.start.localeCompare(b.start),
  )
  for (const later of bookingWindow(ctx).filter((d) => d > date)) {
    if (found.length >= limit) break
    found.push(...pick(slotsOn(db, ctx, later)))
  }
  return found.slice(0, limit)
}
