// Signed check-in codes: CC1.B.<bookingId>.<expEpochSeconds>.<sig>, sig = first 22 chars of
// base64url(HMAC-SHA256(secret, "CC1.B.<bookingId>.<exp>")). Server-only: the secret never leaves mock/.
import { createHmac, timingSafeEqual } from 'node:crypto'
import { BOOKING_QR_PREFIX } from '../../../src/contract/constants'

const SIG_LENGTH = 22
const PAYLOAD_RE = /^CC1\.B\.([A-Za-z0-9_-]{1,64})\.(\d{1,12})\.([A-Za-z0-9_-]{22})$/

/** Outcome of reading a scanned code. */
export type QrCheck = { kind: 'ok'; bookingId: string } | { kind: 'invalid' } | { kind: 'expired' }

const sign = (secret: string, message: string) =>
  createHmac('sha256', secret).update(message).digest('base64url').slice(0, SIG_LENGTH)

/** The payload for a booking, valid until `expSeconds` (epoch seconds). */
export function signBookingQr(secret: string, bookingId: string, expSeconds: number): string {
  const message = `${BOOKING_QR_PREFIX}${bookingId}.${expSeconds}`
  return `${message}.${sign(secret, message)}`
}

/** Checks format and signature (constant-time), then expiry against `nowMs`. */
export function verifyBookingQr(secret: string, payload: string, nowMs: number): QrCheck {
  const match = PAYLOAD_RE.exec(payload.trim())
  if (!match) return { kind: 'invalid' }
  const [, bookingId, exp, sig] = match
  const expected = Buffer.from(sign(secret, `${BOOKING_QR_PREFIX}${bookingId}.${exp}`))
  if (!timingSafeEqual(expected, Buffer.from(sig))) return { kind: 'invalid' }
  if (Number(exp) * 1000 <= nowMs) return { kind: 'expired' }
  return { kind: 'ok', bookingId }
}
