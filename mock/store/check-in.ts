// Staff check-in: a scanned, signed QR code marks the booking 'arrived', in one transaction.
import { ERROR_CODES } from '../../src/contract/constants'
import { beijingDate } from '../../src/utils/business-days'
import { BusinessError } from '../http/errors'
import { notifyBooking } from './booking-messages'
import { verifyBookingQr } from './booking-qr'
import { type BookingRow, findBooking } from './bookings'
import { findBranch } from './branches'
import type { Db } from './db'

const invalid = () => new BusinessError(422, ERROR_CODES.QR_INVALID, '二维码无效')

/**
 * Checks in the booking behind a QR payload for a staff member. Refuses, in this order: bad code
 * (QR_INVALID), expired (QR_EXPIRED), branch outside the staff's town (NOT_YOUR_BRANCH), cancelled
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
      if (qr.kind === 'expired') throw new BusinessError(422, ERROR_CODES.QR_EXPIRED, '二维码已过期')
      const booking = findBooking(db, qr.bookingId)
      if (!booking) throw invalid()
      const staff = db.prepare('SELECT town FROM staff WHERE user_id = ?').get(staffUserId) as
        { town: string } | undefined
      if (staff?.town !== findBranch(db, booking.branch_id)?.town) {
        throw new BusinessError(403, ERROR_CODES.NOT_YOUR_BRANCH, '该预约不属于您所在网点')
      }
      if (booking.status === 'cancelled') {
        throw new BusinessError(422, ERROR_CODES.BOOKING_CANCELLED, '该预约已取消')
      }
      if (booking.status === 'arrived') {
        throw new BusinessError(409, ERROR_CODES.ALREADY_ARRIVED, '该预约已签到')
      }
      if (beijingDate(booking.slot_start) !== beijingDate(nowMs)) {
        throw new BusinessError(422, ERROR_CODES.NOT_TODAY, '该预约不是今天的，请在预约当天签到')
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
