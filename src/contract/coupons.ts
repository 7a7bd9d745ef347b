// Merchant coupons (好邻居优惠): batches a customer can claim, and the coupons they hold.
import { Type, type Static } from '@sinclair/typebox'
import {
  COUPON_BATCH_STATES,
  COUPON_CATEGORIES,
  COUPON_SORTS,
  COUPON_STATES,
  COUPON_TYPES,
  CUSTOMER_TAGS,
} from './constants'
import { Fen, Id, IsoDate, IsoDateTime, Page, PageQuery, StringEnum } from './common'

/** Path of /coupons/batches/:id routes. */
export const CouponBatchParams = Type.Object({
  id: Type.String({ title: '优惠券', minLength: 1, maxLength: 64 }),
})
export type CouponBatchParams = Static<typeof CouponBatchParams>

/** Query of GET /coupons/batches. */
export const CouponBatchQuery = Type.Object(
  {
    ...PageQuery.properties,
    category: Type.Optional(StringEnum(COUPON_CATEGORIES, { title: '分类' })),
    sort: Type.Optional(
      StringEnum(COUPON_SORTS, {
        title: '排序',
        description: 'newest (default) | ending | distance (needs lat, lng)',
      }),
    ),
    lat: Type.Optional(Type.Number({ title: '纬度', minimum: -90, maximum: 90 })),
    lng: Type.Optional(Type.Number({ title: '经度', minimum: -180, maximum: 180 })),
    forYou: Type.Optional(
      Type.Boolean({ description: "Only batches aimed at the logged-in customer's tags (为你推荐)" }),
    ),
  },
  { additionalProperties: false, description: 'Coupon list' },
)
export type CouponBatchQuery = Static<typeof CouponBatchQuery>

/** The merchant of a batch. */
export const CouponMerchant = Type.Object({
  id: Id,
  shopName: Type.String(),
  town: Type.String(),
  address: Type.String(),
  lat: Type.Number(),
  lng: Type.Number(),
  distanceMeters: Type.Optional(Type.Integer({ description: 'From the lat/lng of the query' })),
})
export type CouponMerchant = Static<typeof CouponMerchant>

/** How long a claimed coupon lasts: fixed dates, or N days from the day it is claimed. */
export const CouponValidity = Type.Union([
  Type.Object({ kind: Type.Literal('fixed'), from: IsoDate, until: IsoDate }),
  Type.Object({ kind: Type.Literal('days'), days: Type.Integer({ minimum: 1 }) }),
])
export type CouponValidity = Static<typeof CouponValidity>

/** A coupon batch as a customer sees it. */
export const CouponBatch = Type.Object(
  {
    id: Id,
    merchant: CouponMerchant,
    type: StringEnum(COUPON_TYPES),
    category: StringEnum(COUPON_CATEGORIES),
    title: Type.String(),
    ruleText: Type.String({
      description: 'The rule in words, by the bank: 满100减20, 1分购 鸡蛋1盒, 充500返30',
    }),
    rules: Type.String({ description: 'The fine print' }),
    thresholdFen: Type.Optional(Fen),
    discountFen: Type.Optional(Fen),
    claimStart: IsoDateTime,
    claimEnd: IsoDateTime,
    validity: CouponValidity,
    stock: Type.Integer(),
    left: Type.Integer({ description: 'Coupons still to claim' }),
    perUserLimit: Type.Integer(),
    leftToday: Type.Union([Type.Integer(), Type.Null()], {
      description: "Today's stock left, when capped per day",
    }),
    audience: Type.Array(StringEnum(CUSTOMER_TAGS), { description: 'Empty: everyone' }),
    state: StringEnum(COUPON_BATCH_STATES),
    claimedByMe: Type.Optional(
      Type.Integer({ description: 'For a logged-in customer: how many of this batch they hold' }),
    ),
    forMe: Type.Optional(
      Type.Boolean({
        description:
          "For a logged-in customer: whether the batch's audience includes them (the bank's records)",
      }),
    ),
  },
  { description: 'Coupon batch' },
)
export type CouponBatch = Static<typeof CouponBatch>

/** Answer of GET /coupons/batches. */
export const CouponBatchPage = Page(CouponBatch, 'A page of coupon batches')
export type CouponBatchPage = Static<typeof CouponBatchPage>

/** A coupon a customer holds. */
export const Coupon = Type.Object(
  {
    id: Id,
    batch: CouponBatch,
    state: StringEnum(COUPON_STATES, { description: 'Past its last day it is expired in every answer' }),
    claimedAt: IsoDateTime,
    validFrom: IsoDate,
    validUntil: IsoDate,
    usedAt: Type.Optional(IsoDateTime),
  },
  { description: 'Claimed coupon' },
)
export type Coupon = Static<typeof Coupon>

/** Query of GET /coupons/mine. */
export const MyCouponsQuery = Type.Object(
  { state: Type.Optional(StringEnum(['usable', 'used', 'expired'] as const, { title: '状态' })) },
  { additionalProperties: false },
)
export type MyCouponsQuery = Static<typeof MyCouponsQuery>

/** Answer of GET /coupons/mine: the coupons of one state (usable by default), and the count of each. */
export const MyCoupons = Type.Object(
  {
    items: Type.Array(Coupon),
    counts: Type.Object({ usable: Type.Integer(), used: Type.Integer(), expired: Type.Integer() }),
  },
  { description: "The customer's coupons" },
)
export type MyCoupons = Static<typeof MyCoupons>

/** Path of /coupons/mine/:id routes. */
export const MyCouponParams = Type.Object({
  id: Type.String({ title: '优惠券', minLength: 1, maxLength: 64 }),
})
export type MyCouponParams = Static<typeof MyCouponParams>

/** Where and for how much a used coupon was redeemed, as its owner sees it. */
export const CouponRedemption = Type.Object({
  merchantName: Type.String(),
  redeemedAt: IsoDateTime,
  orderAmountFen: Fen,
  discountFen: Fen,
})
export type CouponRedemption = Static<typeof CouponRedemption>

/** One of the customer's coupons in full: its numeric code while usable, its redemption once used. */
export const CouponDetail = Type.Composite(
  [
    Coupon,
    Type.Object({
      redeemCode: Type.Optional(
        Type.String({ description: '12 digits for the till to type when scanning fails; only while usable' }),
      ),
      redemption: Type.Optional(CouponRedemption),
    }),
  ],
  { description: 'Claimed coupon in full' },
)
export type CouponDetail = Static<typeof CouponDetail>

/** Answer of GET /coupons/mine/:id/token: what the coupon's QR holds right now. */
export const RedeemToken = Type.Object(
  {
    token: Type.String({ description: 'CC1.C.<ref>.<exp>.<sig>: signed, dead after its expiry' }),
    expiresAt: IsoDateTime,
    refreshAfterSeconds: Type.Integer({ description: 'Ask for a new token after this many seconds' }),
  },
  { description: 'Short-lived redemption QR' },
)
export type RedeemToken = Static<typeof RedeemToken>
