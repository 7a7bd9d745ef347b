// Alliance merchants (好邻居商户) as customers find them: the nearby list and a merchant's own page.
import { Type, type Static } from '@sinclair/typebox'
import { Id } from './common'
import { CouponBatch } from './coupons'

/** Path of /merchants/:id. */
export const MerchantParams = Type.Object({
  id: Type.String({ title: '商户', minLength: 1, maxLength: 64 }),
})
export type MerchantParams = Static<typeof MerchantParams>

/** Query of GET /merchants: both or neither of lat/lng. */
export const MerchantListQuery = Type.Object(
  {
    lat: Type.Optional(Type.Number({ title: '纬度', minimum: -90, maximum: 90 })),
    lng: Type.Optional(Type.Number({ title: '经度', minimum: -180, maximum: 180 })),
  },
  { additionalProperties: false, description: 'Position for nearest-first order' },
)
export type MerchantListQuery = Static<typeof MerchantListQuery>

/** A merchant as listed: where it is, how to reach it, when it is open. */
export const Merchant = Type.Object(
  {
    id: Id,
    shopName: Type.String(),
    category: Type.String({ description: 'What the shop sells, in words: 超市, 农资, 餐饮…' }),
    town: Type.String(),
    address: Type.String(),
    lat: Type.Number(),
    lng: Type.Number(),
    phone: Type.String({ description: "The shop's public phone (never the owner's login number)" }),
    hoursText: Type.String({ description: 'Opening hours in words, e.g. 每天 07:00–21:00' }),
    activeBatches: Type.Integer({ description: 'Batches still to claim or about to open' }),
    distanceMeters: Type.Optional(
      Type.Integer({ description: 'Straight-line distance from lat/lng of the query, metres' }),
    ),
  },
  { description: 'Alliance merchant' },
)
export type Merchant = Static<typeof Merchant>

/** Answer of GET /merchants. */
export const MerchantList = Type.Object(
  { items: Type.Array(Merchant) },
  { description: 'Merchants, nearest first when a position is given, else by town' },
)
export type MerchantList = Static<typeof MerchantList>

/** A merchant with its current batches (newest first). */
export const MerchantDetail = Type.Composite([Merchant, Type.Object({ batches: Type.Array(CouponBatch) })], {
  description: 'Merchant with its coupon batches',
})
export type MerchantDetail = Static<typeof MerchantDetail>
