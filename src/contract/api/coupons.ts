// Merchant coupons: the batches anyone may browse, claiming one, and the customer's coupons.
import { EmptyRequest } from '../common'
import {
  Coupon,
  CouponBatch,
  CouponDetail,
  CouponBatchPage,
  CouponBatchParams,
  CouponBatchQuery,
  MyCouponParams,
  MyCoupons,
  MyCouponsQuery,
  RedeemToken,
} from '../coupons'
import { MerchantDetail, MerchantList, MerchantListQuery, MerchantParams } from '../merchants'
import type { EndpointSpec } from './spec'

const tag = 'coupons'

export const COUPON_API = {
  listCouponBatches: {
    tag,
    summary: '优惠券列表',
    description:
      'Batches in their claim window or about to open, a page at a time; by category, newest, ending ' +
      "soon or nearest (with lat and lng). forYou: only batches aimed at the logged-in customer's tags. " +
      'A logged-in customer also sees how many of each they hold.',
    query: CouponBatchQuery,
    response: { 200: CouponBatchPage },
    errors: [],
  },
  getCouponBatch: {
    tag,
    summary: '优惠券详情',
    params: CouponBatchParams,
    response: { 200: CouponBatch },
    errors: [],
  },
  claimCoupon: {
    tag,
    summary: '领取优惠券',
    description:
      "One transaction: pause, window, audience, stock, today's stock and the per-person limit, in that " +
      'order; never oversold under concurrency. An Idempotency-Key makes a retried claim answer the first.',
    params: CouponBatchParams,
    body: EmptyRequest,
    response: { 201: Coupon },
    errors: [
      'COUPON_PAUSED',
      'COUPON_NOT_STARTED',
      'COUPON_ENDED',
      'COUPON_NOT_FOR_YOU',
      'COUPON_SOLD_OUT',
      'COUPON_DAILY_SOLD_OUT',
      'COUPON_LIMIT_REACHED',
    ],
  },
  listMyCoupons: {
    tag,
    summary: '我的券',
    description:
      'Coupons of one state (usable by default), soonest to expire first, with the count of each state.',
    query: MyCouponsQuery,
    response: { 200: MyCoupons },
    errors: [],
  },
  getMyCoupon: {
    tag,
    summary: '优惠券详情（我的）',
    description:
      "One of the caller's coupons: its 12-digit code while usable, where and for how much once used. " +
      "Another customer's coupon is 404.",
    params: MyCouponParams,
    response: { 200: CouponDetail },
    errors: [],
  },
  getRedeemToken: {
    tag,
    summary: '优惠券核销二维码',
    description:
      'A signed token for the QR shown at the till, accepted for COUPON_TOKEN_TTL_SECONDS; ask again ' +
      'after refreshAfterSeconds. Only for a usable coupon.',
    params: MyCouponParams,
    response: { 200: RedeemToken },
    errors: ['COUPON_NOT_USABLE'],
  },
  listMerchants: {
    tag,
    summary: '附近商户',
    description:
      'Alliance merchants with phone, hours in words and how many batches they offer; nearest first ' +
      'with distanceMeters when lat and lng are given, else by town.',
    query: MerchantListQuery,
    response: { 200: MerchantList },
    errors: [],
  },
  getMerchant: {
    tag,
    summary: '商户详情',
    description: 'One merchant with its batches still to claim or about to open, newest first.',
    params: MerchantParams,
    query: MerchantListQuery,
    response: { 200: MerchantDetail },
    errors: [],
  },
} as const satisfies Record<string, EndpointSpec>
