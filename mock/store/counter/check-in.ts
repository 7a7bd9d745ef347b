// Staff check-in: a scanned, signed QR code marks the booking 'arrived', in one transaction.
import { beijingDate } from '../../../src/utils/beijing-time'
import { bankError } from '../../errors'
import { notifyBooking } from './booking-messages'
import { verifyBookingQr } from './booking-qr'
import { type BookingRow, findBooking } from './bookings'
import type { Db } from '../db'

const invalid = () => bankError('QR_INVALID')

/**
 * Checks in the booking behind a QR payload for a staff member. Refuses, in this order: bad code
 * (QR_INVALID), expired after the slot's day (QR_EXPIRED), another branch than the staff's (NOT_YOUR_BRANCH), cancelled
 * (BOOKING_CANCELLED), already arrived (ALREADY_ARRIVED), slot not today (NOT_TODAY).
 */
export function checkIn(
  db: Db,
  staffUserId: string,
  qrPayload: string,
  secret: string,
  nowMs: number,
): BookingRow {
  return db
    .transaction((): BookingRow => {
      const qr = verifyBookingQr(secret, qrPayload, nowMs)
      if (qr.kind === 'invalid') throw invalid()
      if (qr.kind === 'expired') throw bankError('QR_EXPIRED')
      const booking = findBooking(db, qr.bookingId)
      if (!booking) throw invalid()
      const staff = db.prepare('SELECT branch_id FROM staff WHERE user_id = ?').get(staffUserId) as
        { branch_id: string } | undefined
      if (staff?.branch_id !== booking.branch_id) throw bankError('NOT_YOUR_BRANCH')
      if (booking.status === 'cancelled') {
        throw bankError('BOOKING_CANCELLED')
      }
      if (booking.status === 'arrived') {
        throw bankError('ALREADY_ARRIVED')
      }
      if (beijingDate(booking.slot_start) !== beijingDate(nowMs)) {
        throw bankError('NOT_TODAY')
      }
      db.prepare(
        `UPDATE bookings SET status = 'arrived', arrived_at = ?, checked_in_by = ? WHERE id = ?`,
      ).run(nowMs, staffUserId, booking.id)
      const row = findBooking(db, booking.id)!
      notifyBooking(db, row, 'arrived', nowMs)
      return row
    })
    .immediate()
}
