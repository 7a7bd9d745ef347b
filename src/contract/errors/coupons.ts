// Errors of merchant coupons: claiming a batch.
import type { ErrorMessages, ErrorStatus } from './spec'

export const COUPON_ERRORS = {
  /** The claim window has not opened yet. */
  COUPON_NOT_STARTED: 422,
  /** The claim window has closed. */
  COUPON_ENDED: 422,
  /** The bank or the merchant paused the batch. */
  COUPON_PAUSED: 422,
  /** Every coupon of the batch has been claimed. */
  COUPON_SOLD_OUT: 409,
  /** Today's share of the batch has been claimed; more tomorrow. */
  COUPON_DAILY_SOLD_OUT: 409,
  /** The customer holds as many of the batch as one person may. */
  COUPON_LIMIT_REACHED: 409,
  /** The batch is for customers with other tags (e.g. 种植大户). */
  COUPON_NOT_FOR_YOU: 403,
} as const satisfies Record<string, ErrorStatus>

/** The default Chinese message of each code (the bank's answer may be more precise). */
export const COUPON_ERROR_MESSAGES: ErrorMessages<typeof COUPON_ERRORS> = {
  COUPON_NOT_STARTED: '活动尚未开始，请到时再来领取',
  COUPON_ENDED: '领取时间已结束',
  COUPON_PAUSED: '该优惠券暂停领取',
  COUPON_SOLD_OUT: '优惠券已抢光',
  COUPON_DAILY_SOLD_OUT: '今日优惠券已抢光，明天再来',
  COUPON_LIMIT_REACHED: '您已领取，每人限领数量已达上限',
  COUPON_NOT_FOR_YOU: '该优惠券仅限特定客户领取',
}
