// Builds the Booking view the customer (and, masked, the staff) sees, with its signed QR payload.
import { CANCEL_DEADLINE_MINUTES } from '../../../src/contract/constants'
import type { Booking, StaffBooking } from '../../../src/contract/bookings'
import { beijingDate, beijingInstant, toBeijingIso } from '../../../src/utils/beijing-time'
import { addDays } from '../../../src/utils/calendar-date'
import { maskName, maskPhone } from '../../../src/utils/mask'
import { signBookingQr } from './booking-qr'
import { type BookingRow, effectiveStatus } from './bookings'
import { findBranch, findBranchService } from './branches'
import type { Db } from '../db'
import { findUserById } from '../auth/users'

/** What a view depends on besides the row. */
export interface BookingViewContext {
  nowMs: number
  qrSecret: string
}

/** Latest moment (inclusive) a booking may be cancelled or moved. */
export const cancelDeadlineMs = (row: BookingRow) => row.slot_start - CANCEL_DEADLINE_MINUTES * 60_000

/** The QR code expires at the end of the slot's Beijing day. */
const qrExpirySeconds = (row: BookingRow) =>
  Math.floor(beijingInstant(addDays(beijingDate(row.slot_start), 1), 0) / 1000)

/** The customer's view of a booking. */
export function toBookingView(db: Db, row: BookingRow, ctx: BookingViewContext): Booking {
  const branch = findBranch(db, row.branch_id)!
  const service = findBranchService(db, row.branch_id, row.service_id)!
  const status = effectiveStatus(row, ctx.nowMs)
  const iso = (ms: number) => new Date(ms).toISOString()
  const view: Booking = {
    id: row.id,
    number: row.number,
    status,
    branch: {
      id: branch.id,
      name: branch.name,
      address: branch.address,
      phone: branch.phone,
      lat: branch.lat,
      lng: branch.lng,
    },
    service: {
      id: service.id,
      name: service.name,
      bring: service.bring,
      durationMinutes: service.durationMinutes,
    },
    slotStart: toBeijingIso(row.slot_start),
    slotEnd: toBeijingIso(row.slot_end),
    createdAt: iso(row.created_at),
    canCancel: status === 'booked' && ctx.nowMs <= cancelDeadlineMs(row),
    cancelDeadline: toBeijingIso(cancelDeadlineMs(row)),
    qrPayload: signBookingQr(ctx.qrSecret, row.id, qrExpirySeconds(row)),
    checkInCode: row.check_in_code,
  }
  if (row.amount_fen !== null) view.amountFen = row.amount_fen
  if (row.note !== null) view.note = row.note
  if (row.cancelled_at !== null) view.cancelledAt = iso(row.cancelled_at)
  if (row.arrived_at !== null) view.arrivedAt = iso(row.arrived_at)
  return view
}

/** The staff's view: the booking and the customer's masked name and phone, never the customer's proofs. */
export function toStaffBookingView(db: Db, row: BookingRow, ctx: BookingViewContext): StaffBooking {
  const customer = findUserById(db, row.customer_id)!
  const { qrPayload, checkInCode, canCancel, cancelDeadline, ...booking } = toBookingView(db, row, ctx)
  void [qrPayload, checkInCode, canCancel, cancelDeadline]
  const view: StaffBooking = {
    ...booking,
    customerPhoneMasked: maskPhone(customer.phone),
    idTailCheckable: Boolean(customer.id_number),
  }
  if (customer.real_name) view.customerNameMasked = maskName(customer.real_name)
  return view
}
