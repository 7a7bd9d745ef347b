// Check-in at the venue: staff of the host branch scan an attendee's pass or type the event's code.
// Wrong typed codes count against the staff member in the same window as counter check-ins, so codes
// cannot be found by typing numbers; a signed pass cannot be guessed, so scanning stays open.
import type { EventCheckInRequest, EventCheckInResult, EventVenueCode } from '../../../src/contract/events'
import { EVENT_CHECK_IN_OPENS_MINUTES, EVENT_VENUE_CODE_SECONDS } from '../../../src/contract/constants'
import { formatBeijing } from '../../../src/utils/beijing-format'
import { toBeijingIso } from '../../../src/utils/beijing-time'
import { maskName, maskPhone } from '../../../src/utils/mask'
import { bankError, fieldError, notFound, type BusinessError } from '../../errors'
import { CHECK_IN_GUESSES, staffBranch } from '../counter/check-in'
import { assertGuessesLeft, recordWrongGuess } from '../wrong-guesses'
import type { Db } from '../db'
import { signVenueCode, verifyEventPass, verifyVenueCode } from './event-pass'
import { findEvent, type EventRow } from './events'
import { findSignup, type EventSignupRow } from './signups'

/** How staff prove the attendee is there. */
type Proof = { kind: 'qr'; payload: string } | { kind: 'code'; eventId: string; code: string }

/** The one proof a request carries; any other combination is a field error. */
function proofOf(body: EventCheckInRequest): Proof {
  const { qrPayload, eventId, code } = body
  if (qrPayload !== undefined && eventId === undefined && code === undefined)
    return { kind: 'qr', payload: qrPayload }
  if (qrPayload === undefined && eventId !== undefined && code !== undefined)
    return { kind: 'code', eventId, code }
  if (qrPayload === undefined && eventId !== undefined)
    throw fieldError('code', '请输入客户签到页上的6位签到码')
  throw fieldError('qrPayload', '请扫描客户的活动签到码，或选择活动后输入签到码')
}

/** Only the host branch checks attendees in. */
function assertHostBranch(event: EventRow, branchId: string): void {
  if (event.branch_id !== branchId)
    throw bankError('NOT_YOUR_BRANCH', { message: '该活动不是您所在网点举办的，请由主办网点签到' })
}

/** Check-in is open from EVENT_CHECK_IN_OPENS_MINUTES before the start until the end. */
function assertCheckInOpen(event: EventRow, nowMs: number): void {
  const opens = event.start_at - EVENT_CHECK_IN_OPENS_MINUTES * 60_000
  if (nowMs < opens)
    throw bankError('EVENT_CHECK_IN_CLOSED', {
      message: `签到将于${formatBeijing(new Date(opens).toISOString(), 'M月D日 HH:mm')}开始`,
    })
  if (nowMs >= event.end_at) throw bankError('EVENT_CHECK_IN_CLOSED', { message: '活动已结束，无法签到' })
}

/** Refuses a sign-up that cannot be checked in now, in the documented order. */
function assertCheckable(
  signup: EventSignupRow,
  event: EventRow,
  branchId: string | undefined,
  nowMs: number,
): void {
  if (branchId !== undefined) assertHostBranch(event, branchId)
  assertCheckInOpen(event, nowMs)
  if (signup.status === 'cancelled') throw bankError('EVENT_SIGNUP_CANCELLED')
  if (signup.status === 'waitlisted') throw bankError('EVENT_SIGNUP_WAITLISTED')
  if (signup.status === 'checked-in')
    throw bankError('EVENT_ALREADY_CHECKED_IN', {
      message: `该客户已于${formatBeijing(new Date(signup.checked_in_at ?? nowMs).toISOString(), 'HH:mm')}签到，无需重复签到`,
    })
}

function checkInWith(
  db: Db,
  staffUserId: string,
  proof: Proof,
  secret: string,
  nowMs: number,
): EventSignupRow {
  const branchId = staffBranch(db, staffUserId)
  let signup: EventSignupRow | undefined
  if (proof.kind === 'qr') {
    const pass = verifyEventPass(secret, proof.payload, nowMs)
    if (pass.kind === 'invalid') throw bankError('QR_INVALID', { message: '不是有效的活动签到码' })
    if (pass.kind === 'expired') throw bankError('QR_EXPIRED', { message: '签到码已过期（活动已结束）' })
    signup = findSignup(db, pass.signupId)
    if (!signup) throw bankError('QR_INVALID', { message: '不是有效的活动签到码' })
  } else {
    // The branch is judged before the code, so another branch's staff learn nothing about codes.
    const hosted = findEvent(db, proof.eventId)
    if (hosted) assertHostBranch(hosted, branchId)
    signup = db
      .prepare('SELECT * FROM event_signups WHERE event_id = ? AND check_in_code = ?')
      .get(proof.eventId, proof.code) as EventSignupRow | undefined
    if (!signup)
      throw bankError('CHECK_IN_CODE_WRONG', { message: '签到码不正确，请核对客户签到页上的6位数字' })
  }
  const event = findEvent(db, signup.event_id)!
  assertCheckable(signup, event, branchId, nowMs)
  db.prepare(
    "UPDATE event_signups SET status = 'checked-in', checked_in_at = ?, checked_in_by = ? WHERE id = ?",
  ).run(nowMs, staffUserId, signup.id)
  return findSignup(db, signup.id)!
}

/** Checks the attendee in; a wrong typed code is counted and answered after its count commits. */
export function checkInAtEvent(
  db: Db,
  staffUserId: string,
  body: EventCheckInRequest,
  secret: string,
  nowMs: number,
): EventCheckInResult {
  const proof = proofOf(body)
  const outcome = db
    .transaction((): { kind: 'in'; row: EventSignupRow } | { kind: 'refused'; error: BusinessError } => {
      if (proof.kind === 'code') assertGuessesLeft(db, CHECK_IN_GUESSES, staffUserId, nowMs)
      try {
        return { kind: 'in', row: checkInWith(db, staffUserId, proof, secret, nowMs) }
      } catch (error) {
        if ((error as BusinessError).code !== 'CHECK_IN_CODE_WRONG') throw error
        recordWrongGuess(db, CHECK_IN_GUESSES, staffUserId, nowMs)
        return { kind: 'refused', error: error as BusinessError }
      }
    })
    .immediate()
  if (outcome.kind === 'refused') throw outcome.error
  const row = outcome.row
  const event = findEvent(db, row.event_id)!
  return {
    signupId: row.id,
    eventId: event.id,
    eventTitle: event.title,
    nameMasked: maskName(row.name),
    phoneMasked: maskPhone(row.phone),
    village: row.village,
    partySize: row.party_size,
    checkedInAt: toBeijingIso(row.checked_in_at!),
  }
}

/** The venue code host-branch staff show while check-in is open; a new one on each ask. */
export function venueCode(
  db: Db,
  staffUserId: string,
  eventId: string,
  secret: string,
  nowMs: number,
): EventVenueCode {
  const event = findEvent(db, eventId)
  if (!event) throw notFound('活动不存在')
  assertHostBranch(event, staffBranch(db, staffUserId))
  assertCheckInOpen(event, nowMs)
  const exp = Math.floor(nowMs / 1000) + EVENT_VENUE_CODE_SECONDS
  return {
    eventId: event.id,
    eventTitle: event.title,
    token: signVenueCode(secret, event.id, exp),
    expiresAt: toBeijingIso(exp * 1000),
  }
}

/**
 * The attendee checks themselves in with the venue code they scanned: only their own sign-up (another
 * person's is not found), only with a live code of that very event, in the same order of refusals
 * as staff check-in.
 */
export function checkInAtVenue(
  db: Db,
  userId: string,
  signupId: string,
  token: string,
  secret: string,
  nowMs: number,
): EventSignupRow {
  return db
    .transaction(() => {
      const signup = findSignup(db, signupId)
      if (!signup || signup.user_id !== userId) throw notFound('报名记录不存在')
      const code = verifyVenueCode(secret, token, nowMs)
      if (code.kind === 'invalid') throw bankError('QR_INVALID', { message: '不是有效的现场签到码' })
      if (code.kind === 'expired')
        throw bankError('QR_EXPIRED', { message: '现场签到码已过期，请重新扫描现场大屏上的二维码' })
      if (code.eventId !== signup.event_id)
        throw bankError('QR_INVALID', { message: '这不是您报名活动的现场签到码' })
      const event = findEvent(db, signup.event_id)!
      assertCheckable(signup, event, undefined, nowMs)
      db.prepare(
        "UPDATE event_signups SET status = 'checked-in', checked_in_at = ?, checked_in_by = NULL WHERE id = ?",
      ).run(nowMs, signup.id)
      return findSignup(db, signup.id)!
    })
    .immediate()
}
