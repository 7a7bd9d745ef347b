// Promo codes: counting a visit (once per visitor, code and Beijing day, so reloads and bots inflate
// nothing) and a merchant's own code with its counts. Visitors are user ids or keyed hashes.
import { createHmac } from 'node:crypto'
import type { PromoVisitVia } from '../../../src/contract/constants'
import { beijingDate } from '../../../src/utils/beijing-time'
import { addDays } from '../../../src/utils/calendar-date'
import { bankError, notFound } from '../../errors'
import type { Db } from '../db'

/** A promo_codes row. */
export interface PromoCodeRow {
  code: string
  merchant_id: string
  expires_on: string | null
  created_at: number
}

/**
 * Who visits, as stored: a logged-in user by id; anyone else by an HMAC of their caller key (the
 * address as http/caller-address spells it), so counting needs no address kept.
 */
export function promoVisitor(user: { id: string } | null, caller: string, secret: string): string {
  if (user) return `user:${user.id}`
  return `anon:${createHmac('sha256', secret).update(`promo-visitor:${caller}`).digest('base64url').slice(0, 22)}`
}

/**
 * Counts a visit and answers the code's merchant. 404 for an unknown code (the same whatever its
 * spelling, so codes cannot be told apart by the answer), 422 PROMO_CODE_EXPIRED after its last day.
 */
export function recordPromoVisit(
  db: Db,
  input: { code: string; via: PromoVisitVia; visitor: string; nowMs: number },
): { id: string; shopName: string } {
  const row = db
    .prepare(
      `SELECT p.code, p.merchant_id, p.expires_on, m.shop_name FROM promo_codes p
       JOIN merchants m ON m.user_id = p.merchant_id WHERE p.code = ?`,
    )
    .get(input.code) as (PromoCodeRow & { shop_name: string }) | undefined
  if (!row) throw notFound('推广码不存在')
  const today = beijingDate(input.nowMs)
  if (row.expires_on !== null && row.expires_on < today) {
    throw bankError('PROMO_CODE_EXPIRED', { message: '该推广码已过期，看看附近的其他优惠吧' })
  }
  // The shop trying its own code is not a visitor it brought.
  if (input.visitor !== `user:${row.merchant_id}`) {
    db.prepare(
      'INSERT OR IGNORE INTO promo_visits (code, visitor, date, via, first_at) VALUES (?, ?, ?, ?, ?)',
    ).run(row.code, input.visitor, today, input.via, input.nowMs)
  }
  return { id: row.merchant_id, shopName: row.shop_name }
}

/** The merchant's live code (the newest without an end, or ending last), if any. */
export function findLiveCode(db: Db, merchantId: string, nowMs: number): PromoCodeRow | undefined {
  return db
    .prepare(
      `SELECT * FROM promo_codes WHERE merchant_id = ? AND (expires_on IS NULL OR expires_on >= ?)
       ORDER BY expires_on IS NULL DESC, expires_on DESC, created_at DESC LIMIT 1`,
    )
    .get(merchantId, beijingDate(nowMs)) as PromoCodeRow | undefined
}

/** Visitors of a code today and over the last 30 Beijing days (today included). */
export function visitCounts(db: Db, code: string, nowMs: number): { today: number; last30Days: number } {
  const today = beijingDate(nowMs)
  const count = (from: string) =>
    (
      db
        .prepare('SELECT COUNT(*) AS n FROM promo_visits WHERE code = ? AND date >= ? AND date <= ?')
        .get(code, from, today) as { n: number }
    ).n
  return { today: count(today), last30Days: count(addDays(today, -29)) }
}
