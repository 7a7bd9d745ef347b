// Redeeming coupons at the till (核销): lookup, redeem once, reverse the same day, daily statements.
import { EmptyRequest } from '../common'
import {
  CouponLookupRequest,
  CouponLookupResult,
  MerchantRedemption,
  RedeemRequest,
  RedemptionDays,
  RedemptionParams,
  Statement,
  StatementParams,
} from '../redemptions'
import type { EndpointSpec } from './spec'

const tag = 'redemptions'

/** Refusals of a coupon that is not redeemable now, shared by lookup and redeem. */
const NOT_REDEEMABLE = [
  'COUPON_NOT_THIS_MERCHANT',
  'COUPON_ALREADY_REDEEMED',
  'COUPON_VOID',
  'COUPON_EXPIRED',
  'COUPON_NOT_YET_VALID',
] as const

export const REDEMPTION_API = {
  lookupCoupon: {
    tag,
    summary: '查询待核销的优惠券',
    description:
      "By the customer's QR token or the 12-digit code (exactly one). Wrong codes are counted per " +
      'merchant: REDEEM_CODE_WRONG_PER_WINDOW within REDEEM_CODE_WRONG_WINDOW_MINUTES, then 429 for ' +
      'typed codes (scanning stays open). Answers a ticket to redeem with.',
    body: CouponLookupRequest,
    response: { 200: CouponLookupResult },
    errors: [
      'REDEEM_TOKEN_INVALID',
      'REDEEM_TOKEN_EXPIRED',
      'REDEEM_CODE_WRONG',
      'REDEEM_CODE_LOCKED',
      ...NOT_REDEEMABLE,
    ],
  },
  redeemCoupon: {
    tag,
    summary: '核销优惠券',
    description:
      'One transaction; a coupon is redeemed once however many tills try at the same moment. The same ' +
      'requestNo again answers the first redemption (replayed: true); a requestNo of another coupon is ' +
      'REQUEST_NO_REUSED. The owner gets a message.',
    body: RedeemRequest,
    response: { 201: MerchantRedemption },
    errors: [
      'REDEEM_TICKET_INVALID',
      'REQUEST_NO_REUSED',
      'REDEMPTION_REVERSED',
      'ORDER_BELOW_THRESHOLD',
      ...NOT_REDEEMABLE,
    ],
  },
  reverseRedemption: {
    tag,
    summary: '撤销核销',
    description:
      "The merchant's own redemption of today (Beijing): the coupon goes back to its owner, usable.",
    params: RedemptionParams,
    body: EmptyRequest,
    response: { 200: MerchantRedemption },
    errors: ['REVERSAL_WINDOW_CLOSED', 'REDEMPTION_REVERSED'],
  },
  listRedemptionDays: {
    tag,
    summary: '核销记录（按日汇总）',
    description: 'Days of the last REDEMPTION_DAYS_SHOWN with redemptions, newest first; reversals excluded.',
    response: { 200: RedemptionDays },
    errors: [],
  },
  getStatement: {
    tag,
    summary: '对账单',
    description: "One day's redemptions, reversed ones flagged and left out of the totals the bank settles.",
    params: StatementParams,
    response: { 200: Statement },
    errors: [],
  },
} as const satisfies Record<string, EndpointSpec>
