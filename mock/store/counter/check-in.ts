// Staff check-in: a scanned QR code, a typed check-in code, or a booking of today's list with the
// customer's ID tail marks the booking 'arrived', in one transaction. Wrong codes and ID tails are
// counted per staff member, so a code cannot be found by typing numbers until one fits.
import type { CheckInRequest } from '../../../src/contract/bookings'
import { CHECK_IN_WRONG_PER_WINDOW, CHECK_IN_WRONG_WINDOW_MINUTES } from '../../../src/contract/constants'
import { beijingDate, beijingInstant } from '../../../src/utils/beijing-time'
import { formatBeijing } from '../../../src/utils/beijing-format'
import { formatDayLabel } from '../../../src/utils/date-text'
import { addDays } from '../../../src/utils/calendar-date'
import { bankError, fieldError, type BusinessError } from '../../errors'
import { notifyBooking } from './booking-messages'
import { verifyBookingQr } from './booking-qr'
import { type BookingRow, findBooking } from './bookings'
import { findUserById } from '../auth/users'
import type { Db } from '../db'
import { assertGuessesLeft, recordWrongGuess, type WrongGuesses } from '../wrong-guesses'

/** How the staff member proves the customer is at the counter. */
type Proof =
  | { kind: 'qr'; payload: string }
  | { kind: 'code'; code: string; bookingId?: string }
  | { kind: 'id-tail'; bookingId: string; idTail: string }

/** The one proof a request carries; any other combination is a field error. */
export function proofOf(body: CheckInRequest): Proof {
  const { qrPayload, checkInCode, bookingId, idTail } = body
  if (
    qrPayload !== undefined &&
    checkInCode === undefined &&
    bookingId === undefined &&
    idTail === undefined
  ) {
    return { kind: 'qr', payload: qrPayload }
  }
  if (checkInCode !== undefined && qrPayload === undefined && idTail === undefined) {
    return bookingId === undefined
      ? { kind: 'code', code: checkInCode }
      : { kind: 'code', code: checkInCode, bookingId }
  }
  if (
    bookingId !== undefined &&
    idTail !== undefined &&
    qrPayload === undefined &&
    checkInCode === undefined
  ) {
    return { kind: 'id-tail', bookingId, idTail }
  }
  if (bookingId !== undefined && idTail === undefined && checkInCode === undefined) {
    return fail(fieldError('idTail', '请输入客户的签到码或身份证后4位'))
  }
  return fail(fieldError('checkInCode', '请扫描预约码，或输入签到码'))
}

const fail = (error: BusinessError): never => {
  throw error
}

/**
 * Wrong check-in codes and ID tails, counted per staff member (at the counter or at an event: one
 * person guessing, one count).
 */
export const CHECK_IN_GUESSES: WrongGuesses = {
  table: 'check_in_failures',
  userColumn: 'staff_user_id',
  perWindow: CHECK_IN_WRONG_PER_WINDOW,
  windowMinutes: CHECK_IN_WRONG_WINDOW_MINUTES,
  code: 'CHECK_IN_TOO_MANY_ATTEMPTS',
}

/** The staff member's branch (staff without one cannot check anyone in). */
export function staffBranch(db: Db, staffUserId: string): string {
  const staff = db.prepare('SELECT branch_id FROM staff WHERE user_id = ?').get(staffUserId) as
    { branch_id: string } | undefined
  if (!staff) throw bankError('NOT_YOUR_BRANCH')
  return staff.branch_id
}

/** The booking of today at the branch holding this code (an active one first). */
function findByCode(db: Db, branchId: string, code: string, nowMs: number): BookingRow | undefined {
  const today = beijingDate(nowMs)
  return db
    .prepare(
      `SELECT * FROM bookings WHERE branch_id = ? AND check_in_code = ? AND slot_start >= ? AND slot_start < ?
       ORDER BY status = 'booked' DESC, slot_start LIMIT 1`,
    )
    .get(branchId, code, beijingInstant(today, 0), beijingInstant(addDays(today, 1), 0)) as
    BookingRow | undefined
}

/** Whether the ID tail is the customer's (an X may be typed in either case). */
function idTailMatches(idNumber: string, tail: string): boolean {
  return idNumber.slice(-tail.length).toUpperCase() === tail.toUpperCase()
}

/** Refuses a booking that cannot be checked in now; the repeat check-in says when it happened. */
function assertCheckable(booking: BookingRow, branchId: string, nowMs: number): void {
  if (booking.branch_id !== branchId) throw bankError('NOT_YOUR_BRANCH')
  if (booking.status === 'cancelled') throw bankError('BOOKING_CANCELLED')
  if (booking.status === 'arrived') {
    const at = new Date(booking.arrived_at ?? nowMs).toISOString()
    const day = beijingDate(at) === beijingDate(nowMs) ? '今天' : formatDayLabel(beijingDate(at))
    throw bankError('ALREADY_ARRIVED', {
      message: `该客户已于${day} ${formatBeijing(at, 'HH:mm')}签到，无需重复签到`,
      details: { arrivedAt: at },
    })
  }
  if (beijingDate(booking.slot_start) !== beijingDate(nowMs)) throw bankError('NOT_TODAY')
}

/**
 * Checks in the booking the proof names, for a staff member of its branch. Refuses, in this order: too
 * many wrong codes lately (429), bad QR (QR_INVALID), expired QR (QR_EXPIRED), unknown code
 * (CHECK_IN_CODE_WRONG), another branch (NOT_YOUR_BRANCH), cancelled, already arrived, not today, wrong
 * or unavailable ID tail. A wrong code or ID tail is counted against the staff member.
 */
export function checkIn(
  db: Db,
  staffUserId: string,
  body: CheckInRequest,
  secret: string,
  nowMs: number,
): BookingRow {
  const proof = proofOf(body)
  // The limit is read and a wrong guess counted under one write lock, so parallel guesses cannot
  // all read the old count; a counted refusal is answered after its count commits.
  const outcome = db
    .transaction((): { kind: 'in'; row: BookingRow } | { kind: 'refused'; error: BusinessError } => {
      // A signed QR code cannot be guessed: scanning stays open while typed codes wait.
      if (proof.kind !== 'qr') assertGuessesLeft(db, CHECK_IN_GUESSES, staffUserId, nowMs)
      try {
        return { kind: 'in', row: checkInWith(db, staffUserId, proof, secret, nowMs) }
      } catch (error) {
        const code = (error as BusinessError).code
        if (code !== 'CHECK_IN_CODE_WRONG' && code !== 'ID_TAIL_WRONG') throw error
        recordWrongGuess(db, CHECK_IN_GUESSES, staffUserId, nowMs)
        return { kind: 'refused', error: error as BusinessError }
      }
    })
    .immediate()
  if (outcome.kind === 'refused') throw outcome.error
  return outcome.row
}

function checkInWith(db: Db, staffUserId: string, proof: Proof, secret: string, nowMs: number): BookingRow {
  const branchId = staffBranch(db, staffUserId)
  let booking: BookingRow | undefined
  if (proof.kind === 'qr') {
    const qr = verifyBookingQr(secret, proof.payload, nowMs)
    if (qr.kind === 'invalid') throw bankError('QR_INVALID')
    if (qr.kind === 'expired') throw bankError('QR_EXPIRED')
    booking = findBooking(db, qr.bookingId)
    if (!booking) throw bankError('QR_INVALID')
  } else if (proof.kind === 'code') {
    booking = findByCode(db, branchId, proof.code, nowMs)
    // On a row of the list, the code must be that row's: a code of another booking is as wrong as none.
    if (!booking || (proof.bookingId !== undefined && booking.id !== proof.bookingId)) {
      throw bankError('CHECK_IN_CODE_WRONG')
    }
  } else {
    booking = findBooking(db, proof.bookingId)
    // Another branch's booking reads as not the staff's, whether or not it exists.
    if (!booking || booking.branch_id !== branchId) throw bankError('NOT_YOUR_BRANCH')
  }
  assertCheckable(booking, branchId, nowMs)
  if (proof.kind === 'id-tail') {
    const customer = findUserById(db, booking.customer_id)
    if (!customer?.id_number) throw bankError('ID_TAIL_UNAVAILABLE')
    if (!idTailMatches(customer.id_number, proof.idTail)) throw bankError('ID_TAIL_WRONG')
  }
  db.prepare(`UPDATE bookings SET status = 'arrived', arrived_at = ?, checked_in_by = ? WHERE id = ?`).run(
    nowMs,
    staffUserId,
    booking.id,
  )
  const row = findBooking(db, booking.id)!
  notifyBooking(db, row, 'arrived', nowMs)
  return row
}

/** The staff member's branch name and its bookings of today, by slot then number. */
export function todayBookings(
  db: Db,
  staffUserId: string,
  nowMs: number,
): { branchId: string; rows: BookingRow[] } {
  const branchId = staffBranch(db, staffUserId)
  const today = beijingDate(nowMs)
  const rows = db
    .prepare(
      'SELECT * FROM bookings WHERE branch_id = ? AND slot_start >= ? AND slot_start < ? ORDER BY slot_start, number',
    )
    .all(branchId, beijingInstant(today, 0), beijingInstant(addDays(today, 1), 0)) as BookingRow[]
  return { branchId, rows }
}
