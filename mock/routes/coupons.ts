// Merchant coupons: browsing batches and merchants (anyone), claiming one and the customer's coupons
// (customers).
import type { FastifyInstance } from 'fastify'
import { DEFAULT_PAGE_SIZE } from '../../src/contract/common'
import { nowMs } from '../deps'
import { fieldError, notFound } from '../errors'
import type { EndpointHandlers } from '../http/endpoints'
import { findBatch, listBatches, tagsOf, toBatchView } from '../store/coupons/batches'
import { offsetOf } from '../store/paging'
import { claimCoupon, couponState, myCoupons, toCouponView, type CouponRow } from '../store/coupons/claims'
import { findMerchantDetail, listMerchants } from '../store/coupons/merchants'
import { issueCouponToken } from '../store/coupons/redeem-proofs'
import { liveRedemption } from '../store/coupons/redemptions'
import { COUPON_TOKEN_REFRESH_SECONDS } from '../../src/contract/constants'
import type { CouponDetail } from '../../src/contract/coupons'
import { bankError } from '../errors'

/** A position from a query's lat and lng: both or neither (400 on the missing one). */
function positionOf(query: { lat?: number; lng?: number }): { lat: number; lng: number } | undefined {
  const { lat, lng } = query
  if ((lat === undefined) !== (lng === undefined)) {
    throw fieldError(lat === undefined ? 'lat' : 'lng', '经纬度需同时提供')
  }
  return lat !== undefined && lng !== undefined ? { lat, lng } : undefined
}

/** Handlers of the coupon operations. */
export function couponHandlers(app: FastifyInstance) {
  const { db } = app.deps
  /** The logged-in customer, for what they hold; nobody else's view changes. */
  const customerOf = (user: { id: string; role: string } | null | undefined) =>
    user?.role === 'customer' ? user.id : undefined

  /** The caller's own coupon; anyone else's reads as missing. */
  const ownCoupon = (userId: string, couponId: string) => {
    const row = db.prepare('SELECT * FROM coupons WHERE id = ? AND owner_id = ?').get(couponId, userId) as
      CouponRow | undefined
    if (!row) throw notFound('优惠券不存在')
    return row
  }

  return {
    listCouponBatches: (request) => {
      const { category, sort, forYou, cursor, limit } = request.query
      const from = positionOf(request.query)
      if (sort === 'distance' && !from) throw fieldError('sort', '按距离排序需要您的位置')
      const customerId = customerOf(request.user)
      const now = nowMs(app.deps)
      const offset = offsetOf(cursor)
      const size = limit ?? DEFAULT_PAGE_SIZE
      const page = listBatches(
        db,
        {
          category,
          sort,
          from,
          // 为你推荐 is the bank's choice from its records; without a customer there is nothing to match.
          forTags: forYou ? (customerId ? tagsOf(db, customerId) : []) : undefined,
          offset,
          limit: size,
        },
        now,
      )
      return {
        items: page.rows.map((row) => toBatchView(db, row, { nowMs: now, customerId, from })),
        nextCursor: page.more ? String(offset + size) : null,
      }
    },

    getCouponBatch: (request) => {
      const batch = findBatch(db, request.params.id)
      if (!batch) throw notFound('优惠券不存在')
      return toBatchView(db, batch, { nowMs: nowMs(app.deps), customerId: customerOf(request.user) })
    },

    claimCoupon: (request) => {
      const now = nowMs(app.deps)
      const row = claimCoupon(db, request.user!.id, request.params.id, now)
      return toCouponView(db, row, now)
    },

    listMyCoupons: (request) =>
      myCoupons(db, request.user!.id, request.query.state ?? 'usable', nowMs(app.deps)),

    getMyCoupon: (request) => {
      const now = nowMs(app.deps)
      const row = ownCoupon(request.user!.id, request.params.id)
      const view: CouponDetail = toCouponView(db, row, now)
      if (view.state === 'usable') view.redeemCode = row.redeem_code
      const redemption = view.state === 'used' ? liveRedemption(db, row.id) : undefined
      if (redemption) view.redemption = redemption
      return view
    },

    getRedeemToken: (request) => {
      const now = nowMs(app.deps)
      const row = ownCoupon(request.user!.id, request.params.id)
      if (couponState(row, now) !== 'usable') throw bankError('COUPON_NOT_USABLE')
      const { token, expiresAtMs } = issueCouponToken(app.deps.secrets.qr, row.token_ref, now)
      return {
        token,
        expiresAt: new Date(expiresAtMs).toISOString(),
        refreshAfterSeconds: COUPON_TOKEN_REFRESH_SECONDS,
      }
    },

    listMerchants: (request) => ({
      items: listMerchants(db, nowMs(app.deps), positionOf(request.query)),
    }),

    getMerchant: (request) => {
      const from = positionOf(request.query)
      const merchant = findMerchantDetail(db, request.params.id, {
        nowMs: nowMs(app.deps),
        customerId: customerOf(request.user),
        from,
      })
      if (!merchant) throw notFound('商户不存在')
      return merchant
    },
  } satisfies Partial<EndpointHandlers>
}
