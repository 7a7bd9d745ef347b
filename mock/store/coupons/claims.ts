// Claiming a coupon, in one transaction: window, pause, audience, stock, today's stock and the
// per-person limit are checked and the stock is taken by one guarded UPDATE, so concurrent claims never
// oversell. A coupon's expiry is the bank's: past its last day (Beijing) it is expired in every answer.
import { randomUUID } from 'node:crypto'
import type { CouponState } from '../../../src/contract/constants'
import type { Coupon, MyCoupons } from '../../../src/contract/coupons'
import { beijingDate, toBeijingIso } from '../../../src/utils/beijing-time'
import { formatDayLabel } from '../../../src/utils/date-text'
import { addDays } from '../../../src/utils/calendar-date'
import { bankError, notFound } from '../../errors'
import type { Db } from '../db'
import {
  audienceOf,
  batchState,
  claimedToday,
  findBatch,
  heldBy,
  tagsOf,
  toBatchView,
  type CouponBatchRow,
} from './batches'
import { newRedeemCode, newTokenRef } from './redeem-proofs'

/** A coupons row. */
export interface CouponRow {
  id: string
  batch_id: string
  owner_id: string
  claimed_at: number
  valid_from: string
  valid_until: string
  used_at: number | null
  voided_at: number | null
  redeem_code: string
  token_ref: string
}

/** 已作废, 已使用, 已过期 (after its last Beijing day) or 可使用. */
export function couponState(row: CouponRow, nowMs: number): CouponState {
  if (row.voided_at !== null) return 'void'
  if (row.used_at !== null) return 'used'
  if (row.valid_until < beijingDate(nowMs)) return 'expired'
  return 'usable'
}

/** The days a coupon claimed today is good for. */
function validityFrom(batch: CouponBatchRow, nowMs: number): { from: string; until: string } {
  if (batch.valid_days !== null) {
    const today = beijingDate(nowMs)
    return { from: today, until: addDays(today, batch.valid_days - 1) }
  }
  return { from: batch.valid_from!, until: batch.valid_until! }
}

/** Refuses a claim the batch's rules do not allow, in the documented order. */
function assertClaimable(db: Db, batch: CouponBatchRow, customerId: string, nowMs: number): void {
  const state = batchState(batch, nowMs)
  if (state === 'paused') throw bankError('COUPON_PAUSED')
  if (state === 'upcoming') {
    const start = toBeijingIso(batch.claim_start)
    throw bankError('COUPON_NOT_STARTED', {
      message: `${formatDayLabel(start.slice(0, 10))} ${start.slice(11, 16)} 开始领取，请到时再来`,
    })
  }
  // A fixed-date batch whose coupons could no longer be used is over, whatever its claim window says.
  if (state === 'ended' || validityFrom(batch, nowMs).until < beijingDate(nowMs))
    throw bankError('COUPON_ENDED')
  const audience = audienceOf(batch)
  if (audience.length && !tagsOf(db, customerId).some((tag) => audience.includes(tag)))
    throw bankError('COUPON_NOT_FOR_YOU')
  if (state === 'sold-out') throw bankError('COUPON_SOLD_OUT')
  if (batch.per_day_stock !== null && claimedToday(db, batch.id, nowMs) >= batch.per_day_stock)
    throw bankError('COUPON_DAILY_SOLD_OUT')
  if (heldBy(db, batch.id, customerId) >= batch.per_user_limit)
    throw bankError('COUPON_LIMIT_REACHED', {
      message:
        batch.per_user_limit === 1 ? '您已领取过该优惠券' : `每人限领${batch.per_user_limit}张，您已领满`,
    })
}

/** Claims one coupon of the batch for the customer; 404 for an unknown batch. */
export function claimCoupon(db: Db, customerId: string, batchId: string, nowMs: number): CouponRow {
  return db
    .transaction((): CouponRow => {
      const batch = findBatch(db, batchId)
      if (!batch) throw notFound('优惠券不存在')
      assertClaimable(db, batch, customerId, nowMs)
      const taken = db
        .prepare('UPDATE coupon_batches SET claimed = claimed + 1 WHERE id = ? AND claimed < stock')
        .run(batch.id)
      if (taken.changes !== 1) throw bankError('COUPON_SOLD_OUT')
      if (batch.per_day_stock !== null)
        db.prepare(
          `INSERT INTO coupon_batch_days (batch_id, date, claimed) VALUES (?, ?, 1)
           ON CONFLICT (batch_id, date) DO UPDATE SET claimed = claimed + 1`,
        ).run(batch.id, beijingDate(nowMs))
      const { from, until } = validityFrom(batch, nowMs)
      const id = `cp_${randomUUID()}`
      db.prepare(
        `INSERT INTO coupons (id, batch_id, owner_id, claimed_at, valid_from, valid_until, redeem_code, token_ref)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, batch.id, customerId, nowMs, from, until, newRedeemCode(db), newTokenRef())
      return db.prepare('SELECT * FROM coupons WHERE id = ?').get(id) as CouponRow
    })
    .immediate()
}

/** The coupon as its owner sees it. */
export function toCouponView(db: Db, row: CouponRow, nowMs: number): Coupon {
  const view: Coupon = {
    id: row.id,
    batch: toBatchView(db, findBatch(db, row.batch_id)!, { nowMs }),
    state: couponState(row, nowMs),
    claimedAt: new Date(row.claimed_at).toISOString(),
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  }
  if (row.used_at !== null) view.usedAt = new Date(row.used_at).toISOString()
  return view
}

/** The customer's coupons of one state (soonest to expire first), and the count of each state. */
export function myCoupons(
  db: Db,
  customerId: string,
  state: 'usable' | 'used' | 'expired',
  nowMs: number,
): MyCoupons {
  const rows = db
    .prepare('SELECT * FROM coupons WHERE owner_id = ? ORDER BY valid_until, claimed_at, id')
    .all(customerId) as CouponRow[]
  const counts = { usable: 0, used: 0, expired: 0 }
  const items: Coupon[] = []
  for (const row of rows) {
    const rowState = couponState(row, nowMs)
    if (rowState === 'void') continue
    counts[rowState] += 1
    if (rowState === state) items.push(toCouponView(db, row, nowMs))
  }
  if (state !== 'usable') items.reverse() // used and expired: the latest first
  return { items, counts }
}
