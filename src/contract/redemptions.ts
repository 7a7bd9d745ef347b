// Redeeming coupons at the till (核销): a merchant looks a coupon up by its QR or numeric code, redeems
// it once with the till's request number, may reverse it the same day, and settles by daily statement.
import { Type, type Static } from '@sinclair/typebox'
import { COUPON_STATES, COUPON_TYPES, REDEEM_CODE_LENGTH, REQUEST_NO_PATTERN } from './constants'
import { Fen, Id, IsoDate, IsoDateTime, StringEnum } from './common'

/** Body of POST /merchant/coupon-lookups: the scanned QR or the typed code, exactly one. */
export const CouponLookupRequest = Type.Object(
  {
    token: Type.Optional(Type.String({ title: '二维码', minLength: 1, maxLength: 120 })),
    code: Type.Optional(
      Type.String({
        title: '券码',
        pattern: `^\\d{${REDEEM_CODE_LENGTH}}$`,
        description: 'The 12 digits under the QR, without spaces',
      }),
    ),
  },
  { additionalProperties: false, description: 'Scanned QR or typed code' },
)
export type CouponLookupRequest = Static<typeof CouponLookupRequest>

/** A coupon as the merchant at the till sees it: no ids, no codes, the owner masked. */
export const MerchantCouponView = Type.Object({
  title: Type.String(),
  ruleText: Type.String(),
  type: StringEnum(COUPON_TYPES),
  thresholdFen: Type.Optional(Fen),
  discountFen: Fen,
  state: StringEnum(COUPON_STATES),
  validUntil: IsoDate,
  ownerMasked: Type.String({ description: '王*国, or 139****0001 when not real-named' }),
})
export type MerchantCouponView = Static<typeof MerchantCouponView>

/** Answer of a lookup: the coupon and a ticket to redeem it with. */
export const CouponLookupResult = Type.Object(
  {
    ticket: Type.String({ description: 'CC1.T.…: names the coupon and this merchant, for a few minutes' }),
    ticketExpiresAt: IsoDateTime,
    coupon: MerchantCouponView,
  },
  { description: 'Coupon found at the till' },
)
export type CouponLookupResult = Static<typeof CouponLookupResult>

/** Body of POST /merchant/redemptions. */
export const RedeemRequest = Type.Object(
  {
    ticket: Type.String({ title: '核销信息', minLength: 1, maxLength: 160 }),
    orderAmountFen: Type.Integer({ title: '订单金额', minimum: 1, maximum: 100_000_000 }),
    requestNo: Type.String({ title: '流水号', pattern: REQUEST_NO_PATTERN }),
  },
  { additionalProperties: false, description: 'Redeem a coupon looked up' },
)
export type RedeemRequest = Static<typeof RedeemRequest>

/** A redemption as the merchant sees it. */
export const MerchantRedemption = Type.Object(
  {
    id: Id,
    requestNo: Type.String(),
    couponTitle: Type.String(),
    ruleText: Type.String(),
    ownerMasked: Type.String(),
    orderAmountFen: Fen,
    discountFen: Fen,
    redeemedAt: IsoDateTime,
    businessDate: IsoDate,
    reversedAt: Type.Optional(IsoDateTime),
    canReverse: Type.Boolean({ description: 'Same business day and not reversed yet' }),
    replayed: Type.Boolean({ description: 'A retry with the request number of an earlier redemption' }),
  },
  { description: 'Redemption' },
)
export type MerchantRedemption = Static<typeof MerchantRedemption>

/** Path of /merchant/redemptions/:id routes. */
export const RedemptionParams = Type.Object({
  id: Type.String({ title: '核销记录', minLength: 1, maxLength: 64 }),
})
export type RedemptionParams = Static<typeof RedemptionParams>

/** Totals the bank settles on: reversed redemptions are left out. */
export const RedemptionTotals = Type.Object({
  count: Type.Integer(),
  orderAmountFen: Fen,
  discountFen: Fen,
})
export type RedemptionTotals = Static<typeof RedemptionTotals>

/** Answer of GET /merchant/redemption-days: the last 30 Beijing days with redemptions, newest first. */
export const RedemptionDays = Type.Object(
  {
    today: IsoDate,
    days: Type.Array(Type.Composite([Type.Object({ date: IsoDate }), RedemptionTotals])),
  },
  { description: 'Daily redemption totals' },
)
export type RedemptionDays = Static<typeof RedemptionDays>

/** Path of GET /merchant/statements/:date. */
export const StatementParams = Type.Object({
  date: Type.String({ title: '日期', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
})
export type StatementParams = Static<typeof StatementParams>

/** A day's statement: one line per redemption (reversed ones flagged), and the totals settled. */
export const Statement = Type.Object(
  {
    date: IsoDate,
    shopName: Type.String(),
    lines: Type.Array(MerchantRedemption),
    totals: RedemptionTotals,
  },
  { description: 'Daily statement' },
)
export type Statement = Static<typeof Statement>
