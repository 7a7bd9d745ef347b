// Errors of redeeming coupons at the till (核销), showing a coupon's QR, and reversing a redemption.
import type { ErrorMessages, ErrorStatus } from './spec'

export const REDEMPTION_ERRORS = {
  /** The coupon is used, expired or void: there is no QR to show. */
  COUPON_NOT_USABLE: 409,
  /** The scanned text is not a coupon QR of this bank (or its signature is wrong). */
  REDEEM_TOKEN_INVALID: 422,
  /** The QR was genuine but is older than its life: a screenshot, or a page left open offline. */
  REDEEM_TOKEN_EXPIRED: 422,
  /** No coupon has the typed numeric code; counted against the merchant. */
  REDEEM_CODE_WRONG: 422,
  /** Too many wrong numeric codes lately: typing waits, scanning stays open. */
  REDEEM_CODE_LOCKED: 429,
  /** The coupon belongs to another merchant's batch. */
  COUPON_NOT_THIS_MERCHANT: 403,
  /** The coupon has been redeemed (details.redeemedAt; the message says when and where). */
  COUPON_ALREADY_REDEEMED: 409,
  /** Past the coupon's last valid day (Beijing). */
  COUPON_EXPIRED: 422,
  /** The coupon's first valid day has not come. */
  COUPON_NOT_YET_VALID: 422,
  /** The bank voided the coupon. */
  COUPON_VOID: 409,
  /** The order does not reach the coupon's threshold. */
  ORDER_BELOW_THRESHOLD: 422,
  /** The redemption ticket is forged, another merchant's, or too old: look the coupon up again. */
  REDEEM_TICKET_INVALID: 422,
  /** The till's request number was used for another coupon or another amount. */
  REQUEST_NO_REUSED: 422,
  /** Only a redemption of today (Beijing) can be reversed. */
  REVERSAL_WINDOW_CLOSED: 422,
  /** The redemption has been reversed (a reversal again, or a till's retry of it). */
  REDEMPTION_REVERSED: 409,
} as const satisfies Record<string, ErrorStatus>

/** The default Chinese message of each code (the bank's answer may be more precise). */
export const REDEMPTION_ERROR_MESSAGES: ErrorMessages<typeof REDEMPTION_ERRORS> = {
  COUPON_NOT_USABLE: '该券已使用或已过期，无法出示',
  REDEEM_TOKEN_INVALID: '无法识别该二维码，请扫描顾客优惠券上的二维码',
  REDEEM_TOKEN_EXPIRED: '二维码已过期，请顾客打开优惠券页面重新出示',
  REDEEM_CODE_WRONG: '券码不正确，请核对顾客券上的12位数字',
  REDEEM_CODE_LOCKED: '券码输错次数过多，请稍后再试，或扫描顾客的二维码',
  COUPON_NOT_THIS_MERCHANT: '该券不能在本店使用',
  COUPON_ALREADY_REDEEMED: '该券已核销',
  COUPON_EXPIRED: '该券已过期',
  COUPON_NOT_YET_VALID: '该券尚未到可使用日期',
  COUPON_VOID: '该券已作废',
  ORDER_BELOW_THRESHOLD: '订单金额未达到使用门槛',
  REDEEM_TICKET_INVALID: '核销信息已失效，请重新扫码或输入券码',
  REQUEST_NO_REUSED: '流水号已用于另一笔核销，请重新发起核销',
  REVERSAL_WINDOW_CLOSED: '只能撤销当天的核销',
  REDEMPTION_REVERSED: '该笔核销已撤销',
}
