// A sign-up's check-in pass: CC1.E.<signupId>.<expEpochSeconds>.<sig>, sig = first 22 chars of
// base64url(HMAC-SHA256(secret, "CC1.E.<signupId>.<exp>")), dead once the event ends; the numeric
// code under it, random and unique within the event; and the venue code staff show for attendees to
// scan, CC1.V.<eventId>.<exp>.<sig>, signed the same way (the prefix keeps the two apart) and alive
// for 90 s. Server-only: the secret never leaves mock/.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import {
  EVENT_CHECK_IN_CODE_LENGTH,
  EVENT_PASS_PREFIX,
  EVENT_VENUE_PREFIX,
} from '../../../src/contract/constants'
import type { Db } from '../db'

const SIG_LENGTH = 22
/** <prefix><id>.<exp>.<sig> */
const tokenPattern = (prefix: string) =>
  new RegExp(`^${prefix.replace(/\./g, '\\.')}([A-Za-z0-9_-]{1,64})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{22})$`)
const PATTERNS: Record<string, RegExp> = {
  [EVENT_PASS_PREFIX]: tokenPattern(EVENT_PASS_PREFIX),
  [EVENT_VENUE_PREFIX]: tokenPattern(EVENT_VENUE_PREFIX),
}

/** Outcome of reading a scanned pass. */
export type PassCheck = { kind: 'ok'; signupId: string } | { kind: 'invalid' } | { kind: 'expired' }

const sign = (secret: string, message: string) =>
  createHmac('sha256', secret).update(message).digest('base64url').slice(0, SIG_LENGTH)

/** The pass of a sign-up, valid until `expSeconds` (epoch seconds). */
export function signEventPass(secret: string, signupId: string, expSeconds: number): string {
  const message = `${EVENT_PASS_PREFIX}${signupId}.${expSeconds}`
  return `${message}.${sign(secret, message)}`
}

/** Checks format and signature (constant-time), then expiry, of a token with `prefix`. */
function verifySigned(
  prefix: string,
  secret: string,
  payload: string,
  nowMs: number,
): { kind: 'ok'; id: string } | { kind: 'invalid' } | { kind: 'expired' } {
  const match = PATTERNS[prefix].exec(payload.trim())
  if (!match) return { kind: 'invalid' }
  const [, id, exp, sig] = match
  const expected = Buffer.from(sign(secret, `${prefix}${id}.${exp}`))
  if (!timingSafeEqual(expected, Buffer.from(sig))) return { kind: 'invalid' }
  if (Number(exp) * 1000 <= nowMs) return { kind: 'expired' }
  return { kind: 'ok', id }
}

/** Checks a scanned pass: format and signature (constant-time), then expiry against `nowMs`. */
export function verifyEventPass(secret: string, payload: string, nowMs: number): PassCheck {
  const check = verifySigned(EVENT_PASS_PREFIX, secret, payload, nowMs)
  return check.kind === 'ok' ? { kind: 'ok', signupId: check.id } : check
}

/** The venue code of an event, valid until `expSeconds` (epoch seconds). */
export function signVenueCode(secret: string, eventId: string, expSeconds: number): string {
  const message = `${EVENT_VENUE_PREFIX}${eventId}.${expSeconds}`
  return `${message}.${sign(secret, message)}`
}

/** Checks a scanned venue code the same way; answers its event. */
export function verifyVenueCode(
  secret: string,
  payload: string,
  nowMs: number,
): { kind: 'ok'; eventId: string } | { kind: 'invalid' } | { kind: 'expired' } {
  const check = verifySigned(EVENT_VENUE_PREFIX, secret, payload, nowMs)
  return check.kind === 'ok' ? { kind: 'ok', eventId: check.id } : check
}

/** A random code no other sign-up of the event holds. */
export function newEventCheckInCode(db: Db, eventId: string): string {
  const taken = db.prepare('SELECT 1 FROM event_signups WHERE event_id = ? AND check_in_code = ?')
  for (;;) {
    const code = String(randomInt(0, 10 ** EVENT_CHECK_IN_CODE_LENGTH)).padStart(
      EVENT_CHECK_IN_CODE_LENGTH,
      '0',
    )
    if (!taken.get(eventId, code)) return code
  }
}
