// What the message centre tells a coupon's owner: it was used, it came back, it is about to expire.
import { COUPON_REMIND_DAYS_AHEAD } from '../../../src/contract/constants'
import { addDays } from '../../../src/utils/calendar-date'
import { beijingDate } from '../../../src/utils/beijing-time'
import { formatMonthDay } from '../../../src/utils/date-text'
import { formatFen } from '../../../src/utils/money'
import type { Db } from '../db'
import { addMessage } from '../messages/messages'
import { findBatch, ruleTextOf, type CouponBatchRow } from './batches'
import type { CouponRow } from './claims'
import { shopNameOf } from './parties'

const couponLink = (coupon: CouponRow) => ({ type: 'coupon' as const, id: coupon.id })

/** 「满100减20」已在…使用, with the order and the saving. */
export function notifyCouponRedeemed(
  db: Db,
  coupon: CouponRow,
  batch: CouponBatchRow,
  redemption: { order_amount_fen: number; discount_fen: number },
  nowMs: number,
): void {
  addMessage(
    db,
    {
      userId: coupon.owner_id,
      kind: 'coupon',
      title: '优惠券已使用',
      body:
        `「${ruleTextOf(batch)}」已在${shopNameOf(db, batch.merchant_id)}使用，` +
        `订单¥${formatFen(redemption.order_amount_fen)}，优惠¥${formatFen(redemption.discount_fen)}。`,
      link: couponLink(coupon),
    },
    nowMs,
  )
}

/** The merchant reversed the redemption: the coupon is usable again until its last day. */
export function notifyRedemptionReversed(
  db: Db,
  coupon: CouponRow,
  batch: CouponBatchRow,
  nowMs: number,
): void {
  addMessage(
    db,
    {
      userId: coupon.owner_id,
      kind: 'coupon',
      title: '优惠券已退回',
      body:
        `${shopNameOf(db, batch.merchant_id)}撤销了「${ruleTextOf(batch)}」的核销，` +
        `券已退回，可继续使用（有效期至${formatMonthDay(coupon.valid_until)}）。`,
      link: couponLink(coupon),
    },
    nowMs,
  )
}

/**
 * Reminds the owner of each usable coupon whose last day is within COUPON_REMIND_DAYS_AHEAD, once per
 * coupon and last day; a coupon claimed inside that window was just seen, so it is left alone.
 */
export function addCouponReminders(db: Db, userId: string, nowMs: number): void {
  const today = beijingDate(nowMs)
  const due = db
    .prepare(
      `SELECT * FROM coupons WHERE owner_id = ? AND used_at IS NULL AND voided_at IS NULL
         AND valid_until >= ? AND valid_until <= ?`,
    )
    .all(userId, today, addDays(today, COUPON_REMIND_DAYS_AHEAD)) as CouponRow[]
  for (const coupon of due) {
    if (beijingDate(coupon.claimed_at) > addDays(coupon.valid_until, -COUPON_REMIND_DAYS_AHEAD)) continue
    const batch = findBatch(db, coupon.batch_id)!
    const when = coupon.valid_until === today ? '今天' : formatMonthDay(coupon.valid_until)
    addMessage(
      db,
      {
        userId,
        kind: 'coupon',
        title: '优惠券即将过期',
        body: `「${ruleTextOf(batch)}」（${shopNameOf(db, batch.merchant_id)}）将于${when}到期，请尽快使用。`,
        link: couponLink(coupon),
        dedupeKey: `coupon-expiring:${coupon.id}:${coupon.valid_until}`,
      },
      nowMs,
    )
  }
}
