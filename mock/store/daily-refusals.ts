// Refusals counted per account and Beijing day, for checks that must not be tried over and over
// (a real name, a card): after `perDay` of them the account waits until midnight.
import type { ErrorCode } from '../../src/contract/errors'
import { beijingDate, beijingInstant } from '../../src/utils/beijing-time'
import { addDays } from '../../src/utils/calendar-date'
import { bankError } from '../errors'
import type { Db } from './db'

/** One kind of counted refusal: where it is kept, how many a day, and the 429 past that. */
export interface DailyRefusals {
  table: 'real_name_refusals' | 'card_check_refusals'
  perDay: number
  code: ErrorCode
}

/** 429 once the account had its refusals of this kind today; call before checking. Purges old ones. */
export function assertRefusalsLeft(db: Db, kind: DailyRefusals, userId: string, nowMs: number): void {
  db.prepare(`DELETE FROM ${kind.table} WHERE refused_at < ?`).run(nowMs - 25 * 3600_000)
  const today = beijingInstant(beijingDate(nowMs), 0)
  const { n } = db
    .prepare(`SELECT COUNT(*) AS n FROM ${kind.table} WHERE user_id = ? AND refused_at >= ?`)
    .get(userId, today) as { n: number }
  if (n < kind.perDay) return
  const midnight = beijingInstant(addDays(beijingDate(nowMs), 1), 0)
  throw bankError(kind.code, { details: { retryAfterSeconds: Math.ceil((midnight - nowMs) / 1000) } })
}

/** Counts a refusal against the account (it stays counted whatever else fails). */
export function recordRefusal(db: Db, kind: DailyRefusals, userId: string, nowMs: number): void {
  db.prepare(`INSERT INTO ${kind.table} (user_id, refused_at) VALUES (?, ?)`).run(userId, nowMs)
}
