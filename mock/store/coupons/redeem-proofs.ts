// What proves a coupon at the till: the owner's QR token (signed, 90 s), the numeric code (random,
// Luhn-checked, guesses counted), and the ticket a lookup hands the merchant (signed, names the coupon
// and the merchant, 5 min). Tokens name the coupon by a random reference, never its id.
// CC1.C.<ref>.<exp>.<sig> and CC1.T.<ref>.<merchant>.<round>.<exp>.<sig>, the round being how many times
// the coupon's redemption was reversed (a reversal spends older tickets); sig = first 22 chars of
// base64url(HMAC-SHA256(secret, everything before it)). The prefix keeps them apart from booking QRs.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import {
  COUPON_TOKEN_PREFIX,
  COUPON_TOKEN_TTL_SECONDS,
  REDEEM_CODE_LENGTH,
  REDEEM_TICKET_PREFIX,
  REDEEM_TICKET_TTL_SECONDS,
} from '../../../src/contract/constants'
import { luhnDigit } from '../../../src/utils/redeem-code'
import type { Db } from '../db'

const SIG_LENGTH = 22
const TOKEN_RE = /^CC1\.C\.([A-Za-z0-9_-]{16})\.(\d{1,12})\.([A-Za-z0-9_-]{22})$/
const TICKET_RE =
  /^CC1\.T\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_]{1,40})\.(\d{1,6})\.(\d{1,12})\.([A-Za-z0-9_-]{22})$/
/** Clock skew allowed between the bank's instances when reading an expiry. */
const SKEW_SECONDS = 5

const sign = (secret: string, message: string) =>
  createHmac('sha256', secret).update(message).digest('base64url').slice(0, SIG_LENGTH)

const sameSig = (expected: string, given: string) =>
  timingSafeEqual(Buffer.from(expected), Buffer.from(given))

/** A fresh random 16-character reference for a coupon's tokens. */
export const newTokenRef = () => randomBytes(12).toString('base64url')

/** A fresh 12-digit code not held by any coupon. */
export function newRedeemCode(db: Db): string {
  const taken = db.prepare('SELECT 1 FROM coupons WHERE redeem_code = ?')
  for (;;) {
    const body = String(randomInt(10 ** (REDEEM_CODE_LENGTH - 1))).padStart(REDEEM_CODE_LENGTH - 1, '0')
    const code = body + luhnDigit(body)
    if (!taken.get(code)) return code
  }
}

/** The owner's QR token for the coupon with reference `ref`, issued at `nowMs`. */
export function issueCouponToken(secret: string, ref: string, nowMs: number) {
  const exp = Math.floor(nowMs / 1000) + COUPON_TOKEN_TTL_SECONDS
  const message = `${COUPON_TOKEN_PREFIX}${ref}.${exp}`
  return { token: `${message}.${sign(secret, message)}`, expiresAtMs: exp * 1000 }
}

/** Outcome of reading a scanned token or a ticket. */
export type ProofCheck = { kind: 'ok'; ref: string } | { kind: 'invalid' } | { kind: 'expired'; ref: string }

/** Checks a scanned token: shape, signature (constant time), then age. */
export function readCouponToken(secret: string, token: string, nowMs: number): ProofCheck {
  const match = TOKEN_RE.exec(token.trim())
  if (!match) return { kind: 'invalid' }
  const [, ref, exp, sig] = match
  if (!sameSig(sign(secret, `${COUPON_TOKEN_PREFIX}${ref}.${exp}`), sig)) return { kind: 'invalid' }
  return checkExpiry(ref, Number(exp), COUPON_TOKEN_TTL_SECONDS, nowMs)
}

/** The merchant's ticket to redeem the coupon with reference `ref`, in its `round`. */
export function issueRedeemTicket(
  secret: string,
  ref: string,
  merchantId: string,
  round: number,
  nowMs: number,
) {
  const exp = Math.floor(nowMs / 1000) + REDEEM_TICKET_TTL_SECONDS
  const message = `${REDEEM_TICKET_PREFIX}${ref}.${merchantId}.${round}.${exp}`
  return { ticket: `${message}.${sign(secret, message)}`, expiresAtMs: exp * 1000 }
}

/** A ticket read: its coupon reference and round, or why it cannot be used. */
export type TicketCheck =
  | { kind: 'ok'; ref: string; round: number }
  | { kind: 'invalid' }
  | { kind: 'expired'; ref: string; round: number }

/** Checks a ticket: shape, signature, that it was issued to `merchantId`, then age. */
export function readRedeemTicket(
  secret: string,
  ticket: string,
  merchantId: string,
  nowMs: number,
): TicketCheck {
  const match = TICKET_RE.exec(ticket.trim())
  if (!match) return { kind: 'invalid' }
  const [, ref, owner, round, exp, sig] = match
  if (!sameSig(sign(secret, `${REDEEM_TICKET_PREFIX}${ref}.${owner}.${round}.${exp}`), sig)) {
    return { kind: 'invalid' }
  }
  if (owner !== merchantId) return { kind: 'invalid' }
  const check = checkExpiry(ref, Number(exp), REDEEM_TICKET_TTL_SECONDS, nowMs)
  return check.kind === 'invalid' ? check : { ...check, round: Number(round) }
}

/** Expired once its time has passed; also refused when it claims a life longer than it may have. */
function checkExpiry(ref: string, exp: number, ttlSeconds: number, nowMs: number): ProofCheck {
  const now = nowMs / 1000
  if (exp > now + ttlSeconds + SKEW_SECONDS) return { kind: 'invalid' }
  if (exp <= now) return { kind: 'expired', ref }
  return { kind: 'ok', ref }
}
