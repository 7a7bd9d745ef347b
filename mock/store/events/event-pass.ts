// A sign-up's check-in pass: CC1.E.<signupId>.<expEpochSeconds>.<sig>, sig = first 22 chars of
// base64url(HMAC-SHA256(secret, "CC1.E.<signupId>.<exp>")), dead once the event ends; and the numeric
// code under it, random and unique within the event. Server-only: the secret never leaves mock/.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import { EVENT_CHECK_IN_CODE_LENGTH, EVENT_PASS_PREFIX } from '../../../src/contract/constants'
import type { Db } from '../db'

const SIG_LENGTH = 22
const PAYLOAD_RE = /^CC1\.E\.([A-Za-z0-9_-]{1,64})\.(\d{1,12})\.([A-Za-z0-9_-]{22})$/

/** Outcome of reading a scanned pass. */
export type PassCheck = { kind: 'ok'; signupId: string } | { kind: 'invalid' } | { kind: 'expired' }

const sign = (secret: string, message: string) =>
  createHmac('sha256', secret).update(message).digest('base64url').slice(0, SIG_LENGTH)

/** The pass of a sign-up, valid until `expSeconds` (epoch seconds). */
export function signEventPass(secret: string, signupId: string, expSeconds: number): string {
  const message = `${EVENT_PASS_PREFIX}${signupId}.${expSeconds}`
  return `${message}.${sign(secret, message)}`
}

/** Checks format and signature (constant-time), then expiry against `nowMs`. */
export function verifyEventPass(secret: string, payload: string, nowMs: number): PassCheck {
  const match = PAYLOAD_RE.exec(payload.trim())
  if (!match) return { kind: 'invalid' }
  const [, signupId, exp, sig] = match
  const expected = Buffer.from(sign(secret, `${EVENT_PASS_PREFIX}${signupId}.${exp}`))
  if (!timingSafeEqual(expected, Buffer.from(sig))) return { kind: 'invalid' }
  if (Number(exp) * 1000 <= nowMs) return { kind: 'expired' }
  return { kind: 'ok', signupId }
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
