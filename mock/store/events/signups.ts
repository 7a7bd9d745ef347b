// Signing up for an event, in one transaction: the event must not have started, a customer holds at
// most one active sign-up per event, and the party takes its places by one guarded UPDATE of the
// event's count of people (never over capacity, whatever runs at once) or joins the waitlist.
// Cancelling frees the places and promotes the waitlist in order: each waiting party that fits, first
// come first; the promoted get a message.
import { randomUUID } from 'node:crypto'
import type { EventSignupStatus } from '../../../src/contract/constants'
import type { EventSignup, EventSignupRequest, MyEventSignup } from '../../../src/contract/events'
import { toBeijingIso } from '../../../src/utils/beijing-time'
import { maskPhone } from '../../../src/utils/mask'
import { bankError, notFound } from '../../errors'
import { attributeSignup } from '../campaign/attribution'
import type { Db } from '../db'
import { notifyPromoted } from './event-messages'
import { newEventCheckInCode } from './event-pass'
import { findEvent, toEventSummary, type EventRow } from './events'

/** An event_signups row. */
export interface EventSignupRow {
  seq: number
  id: string
  event_id: string
  user_id: string
  name: string
  phone: string
  village: string
  party_size: number
  status: 'registered' | 'waitlisted' | 'checked-in' | 'cancelled'
  check_in_code: string
  /** Who brought the sign-up (campaign attribution fills it; null until then). */
  attribution_id: string | null
  created_at: number
  promoted_at: number | null
  checked_in_at: number | null
  checked_in_by: string | null
  cancelled_at: number | null
}

/** The sign-up with this id, if any. */
export function findSignup(db: Db, id: string): EventSignupRow | undefined {
  return db.prepare('SELECT * FROM event_signups WHERE id = ?').get(id) as EventSignupRow | undefined
}

/** The customer's active (registered, waitlisted or checked-in) sign-up for the event, if any. */
export function activeSignupOf(db: Db, eventId: string, userId: string): EventSignupRow | undefined {
  return db
    .prepare("SELECT * FROM event_signups WHERE event_id = ? AND user_id = ? AND status != 'cancelled'")
    .get(eventId, userId) as EventSignupRow | undefined
}

/** The customer's latest sign-up for the event (a cancelled one too), for the event page. */
export function latestSignupOf(db: Db, eventId: string, userId: string): EventSignupRow | undefined {
  return db
    .prepare('SELECT * FROM event_signups WHERE event_id = ? AND user_id = ? ORDER BY seq DESC LIMIT 1')
    .get(eventId, userId) as EventSignupRow | undefined
}

/** 1 for the next in line. */
function waitlistPosition(db: Db, signup: EventSignupRow): number {
  const ahead = db
    .prepare(
      "SELECT COUNT(*) AS n FROM event_signups WHERE event_id = ? AND status = 'waitlisted' AND seq < ?",
    )
    .get(signup.event_id, signup.seq) as { n: number }
  return ahead.n + 1
}

/** The status a person sees: after the end, registered is 未到场 and waitlisted is 未候补上. */
export function signupStatus(signup: EventSignupRow, event: EventRow, nowMs: number): EventSignupStatus {
  const over = nowMs >= event.end_at
  if (signup.status === 'registered' && over) return 'no-show'
  if (signup.status === 'waitlisted' && over) return 'not-admitted'
  return signup.status
}

/** The sign-up as its owner sees it. */
export function toMySignup(db: Db, signup: EventSignupRow, event: EventRow, nowMs: number): MyEventSignup {
  const status = signupStatus(signup, event, nowMs)
  const view: MyEventSignup = {
    id: signup.id,
    name: signup.name,
    phoneMasked: maskPhone(signup.phone),
    village: signup.village,
    partySize: signup.party_size,
    status,
    signedUpAt: toBeijingIso(signup.created_at),
    canCancel: (status === 'registered' || status === 'waitlisted') && nowMs < event.start_at,
  }
  if (status === 'waitlisted') view.waitlistPosition = waitlistPosition(db, signup)
  if (signup.checked_in_at !== null) view.checkedInAt = toBeijingIso(signup.checked_in_at)
  if (signup.cancelled_at !== null) view.cancelledAt = toBeijingIso(signup.cancelled_at)
  return view
}

/** The sign-up with its event. */
export function toEventSignup(db: Db, signup: EventSignupRow, nowMs: number): EventSignup {
  const event = findEvent(db, signup.event_id)!
  return { ...toMySignup(db, signup, event, nowMs), event: toEventSummary(db, event, nowMs) }
}

/** The phone the customer logged in with. */
function loginPhoneOf(db: Db, userId: string): string {
  return (db.prepare('SELECT phone FROM users WHERE id = ?').get(userId) as { phone: string }).phone
}

/** Words for a sign-up the customer already holds. */
function alreadyMessage(db: Db, signup: EventSignupRow): string {
  if (signup.status === 'waitlisted')
    return `您已在候补名单中（第${waitlistPosition(db, signup)}位），无需重复报名`
  if (signup.status === 'checked-in') return '您已签到参加该活动'
  return '您已报名该活动，无需重复报名；如需更改人数，请先取消报名再重新报名'
}

/** Signs the customer up for the event (registered or waitlisted); 404 for an unknown event. */
export function signUpForEvent(
  db: Db,
  userId: string,
  eventId: string,
  body: EventSignupRequest,
  nowMs: number,
  /** The id of the signed visitor token the body carried (checked by the caller), if any. */
  visitorId?: string,
): EventSignupRow {
  return db
    .transaction((): EventSignupRow => {
      const event = findEvent(db, eventId)
      if (!event) throw notFound('活动不存在')
      if (nowMs >= event.start_at)
        throw bankError('EVENT_SIGNUP_CLOSED', {
          message: nowMs >= event.end_at ? '活动已结束，无法报名' : '活动已开始，无法报名',
        })
      const held = activeSignupOf(db, event.id, userId)
      if (held) throw bankError('EVENT_ALREADY_SIGNED_UP', { message: alreadyMessage(db, held) })
      const seated = db
        .prepare('UPDATE events SET taken = taken + ? WHERE id = ? AND taken + ? <= capacity')
        .run(body.partySize, event.id, body.partySize)
      const id = `es_${randomUUID()}`
      db.prepare(
        `INSERT INTO event_signups (id, event_id, user_id, name, phone, village, party_size, status, check_in_code, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        event.id,
        userId,
        body.name,
        body.phone ?? loginPhoneOf(db, userId),
        body.village.trim(),
        body.partySize,
        seated.changes === 1 ? 'registered' : 'waitlisted',
        newEventCheckInCode(db, event.id),
        nowMs,
      )
      attributeSignup(db, { eventId: event.id, userId, signupId: id, visitorId, nowMs })
      return findSignup(db, id)!
    })
    .immediate()
}

/**
 * Gives freed places to the waitlist in order: each waiting party that fits now, first come first
 * (a party too large for what is left keeps its place in line). Runs inside the caller's transaction.
 */
export function promoteWaitlist(db: Db, event: EventRow, nowMs: number): void {
  const waiting = db
    .prepare("SELECT * FROM event_signups WHERE event_id = ? AND status = 'waitlisted' ORDER BY seq")
    .all(event.id) as EventSignupRow[]
  const seat = db.prepare('UPDATE events SET taken = taken + ? WHERE id = ? AND taken + ? <= capacity')
  const promote = db.prepare(
    "UPDATE event_signups SET status = 'registered', promoted_at = ? WHERE id = ? AND status = 'waitlisted'",
  )
  for (const signup of waiting) {
    if (seat.run(signup.party_size, event.id, signup.party_size).changes !== 1) continue
    promote.run(nowMs, signup.id)
    notifyPromoted(db, signup, event, nowMs)
  }
}

/** Cancels the customer's own sign-up until the event starts; anyone else's reads as missing. */
export function cancelEventSignup(db: Db, userId: string, signupId: string, nowMs: number): EventSignupRow {
  return db
    .transaction((): EventSignupRow => {
      const signup = findSignup(db, signupId)
      if (!signup || signup.user_id !== userId) throw notFound('报名记录不存在')
      const event = findEvent(db, signup.event_id)!
      if (signup.status === 'cancelled')
        throw bankError('EVENT_SIGNUP_NOT_ACTIVE', { message: '该报名已取消' })
      if (signup.status === 'checked-in')
        throw bankError('EVENT_SIGNUP_NOT_ACTIVE', { message: '您已签到，无法取消报名' })
      if (nowMs >= event.start_at) throw bankError('EVENT_CANCEL_CLOSED')
      db.prepare("UPDATE event_signups SET status = 'cancelled', cancelled_at = ? WHERE id = ?").run(
        nowMs,
        signup.id,
      )
      if (signup.status === 'registered') {
        db.prepare('UPDATE events SET taken = taken - ? WHERE id = ?').run(signup.party_size, event.id)
        promoteWaitlist(db, findEvent(db, event.id)!, nowMs)
      }
      return findSignup(db, signup.id)!
    })
    .immediate()
}

/** The customer's sign-ups: events still to come (soonest first), then past ones (latest first). */
export function mySignups(db: Db, userId: string, nowMs: number): EventSignup[] {
  const rows = db
    .prepare(
      `SELECT s.* FROM event_signups s JOIN events e ON e.id = s.event_id WHERE s.user_id = ?
       ORDER BY e.end_at <= ?, CASE WHEN e.end_at <= ? THEN -e.start_at ELSE e.start_at END, s.seq DESC`,
    )
    .all(userId, nowMs, nowMs) as EventSignupRow[]
  return rows.map((row) => toEventSignup(db, row, nowMs))
}
