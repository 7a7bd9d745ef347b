// Anonymous visitors: the bank mints CV1.<visitorId>.<sig> for a caller without a session, keeps
// only the id, and binds it to a customer at sign-up. Mints are capped per caller address and day
// (stored as a keyed hash), so a script cannot inflate visits with a token per request.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import {
  CAMPAIGN_VISITOR_MINTS_PER_CALLER_DAY,
  CAMPAIGN_VISITOR_PATTERN,
  CAMPAIGN_VISITOR_PREFIX,
} from '../../../src/contract/constants'
import { beijingDate } from '../../../src/utils/beijing-time'
import type { Db } from '../db'

const VISITOR_PATTERN = new RegExp(CAMPAIGN_VISITOR_PATTERN)

function signatureOf(visitorId: string, secret: string): string {
  return createHmac('sha256', secret).update(`campaign-visitor:${visitorId}`).digest('base64url').slice(0, 22)
}

/** The token of a visitor id. */
export function visitorTokenOf(visitorId: string, secret: string): string {
  return `${CAMPAIGN_VISITOR_PREFIX}${visitorId}.${signatureOf(visitorId, secret)}`
}

/** The visitor id of a token the bank signed, else undefined (forged, malformed or absent). */
export function readVisitorToken(token: string | undefined, secret: string): string | undefined {
  if (!token || !VISITOR_PATTERN.test(token)) return undefined
  const [, id, sig] = token.split('.')
  const expected = Buffer.from(signatureOf(id, secret))
  const given = Buffer.from(sig)
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined
}

/** The keyed hash a caller address is counted under (no address is kept). */
export function callerHashOf(caller: string, secret: string): string {
  return createHmac('sha256', secret).update(`campaign-mint:${caller}`).digest('base64url').slice(0, 22)
}

/** Whether the bank issued this visitor id (a signed id may predate a /dev/reset). */
export function visitorExists(db: Db, visitorId: string): boolean {
  return db.prepare('SELECT 1 FROM campaign_visitors WHERE id = ?').get(visitorId) !== undefined
}

/** A new visitor id, or undefined when the caller reached today's cap. Inside the caller's transaction. */
export function mintVisitor(db: Db, callerHash: string, nowMs: number): string | undefined {
  const counted = db
    .prepare(
      `INSERT INTO campaign_visitor_mints (caller_hash, date, n) VALUES (?, ?, 1)
       ON CONFLICT (caller_hash, date) DO UPDATE SET n = n + 1 WHERE n < ?`,
    )
    .run(callerHash, beijingDate(nowMs), CAMPAIGN_VISITOR_MINTS_PER_CALLER_DAY)
  if (counted.changes !== 1) return undefined
  const id = randomBytes(16).toString('base64url')
  db.prepare('INSERT INTO campaign_visitors (id, created_at) VALUES (?, ?)').run(id, nowMs)
  return id
}

/** Binds an unbound visitor to the user; a visitor bound to anyone already stays theirs. */
export function bindVisitor(db: Db, visitorId: string, userId: string, nowMs: number): boolean {
  return (
    db
      .prepare('UPDATE campaign_visitors SET user_id = ?, bound_at = ? WHERE id = ? AND user_id IS NULL')
      .run(userId, nowMs, visitorId).changes === 1
  )
}
