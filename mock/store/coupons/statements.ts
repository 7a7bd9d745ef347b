// What a merchant settles on: redemption totals by Beijing day, and a day's statement line by line.
// Reversed redemptions stay on the statement, flagged, and out of the totals.
import { REDEMPTION_DAYS_SHOWN } from '../../../src/contract/constants'
import type { RedemptionDays, Statement } from '../../../src/contract/redemptions'
import { addDays } from '../../../src/utils/calendar-date'
import { beijingDate } from '../../../src/utils/beijing-time'
import type { Db } from '../db'
import { shopNameOf } from './parties'
import { toMerchantRedemption, type RedemptionRow } from './redemptions'

/** The merchant's days with redemptions among the last REDEMPTION_DAYS_SHOWN, newest first. */
export function redemptionDays(db: Db, merchantId: string, nowMs: number): RedemptionDays {
  const today = beijingDate(nowMs)
  const days = db
    .prepare(
      `SELECT business_date AS date, COUNT(*) AS count, SUM(order_amount_fen) AS orderAmountFen,
              SUM(discount_fen) AS discountFen
       FROM coupon_redemptions
       WHERE merchant_id = ? AND reversed_at IS NULL AND business_date > ? AND business_date <= ?
       GROUP BY business_date ORDER BY business_date DESC`,
    )
    .all(merchantId, addDays(today, -REDEMPTION_DAYS_SHOWN), today) as RedemptionDays['days']
  return { today, days }
}

/** The merchant's statement of `date`: every redemption of the day, oldest first. */
export function statementOf(db: Db, merchantId: string, date: string, nowMs: number): Statement {
  const rows = db
    .prepare('SELECT * FROM coupon_redemptions WHERE merchant_id = ? AND business_date = ? ORDER BY seq')
    .all(merchantId, date) as RedemptionRow[]
  const lines = rows.map((row) => toMerchantRedemption(db, row, nowMs))
  const settled = lines.filter((line) => !line.reversedAt)
  return {
    date,
    shopName: shopNameOf(db, merchantId),
    lines,
    totals: {
      count: settled.length,
      orderAmountFen: settled.reduce((sum, line) => sum + line.orderAmountFen, 0),
      discountFen: settled.reduce((sum, line) => sum + line.discountFen, 0),
    },
  }
}
