// Redeeming coupons at the till (merchants): lookup, redeem, same-day reversal, daily totals, statements.
import type { FastifyInstance } from 'fastify'
import { isLocalDate } from '../../src/utils/calendar-date'
import { nowMs } from '../deps'
import { fieldError } from '../errors'
import type { EndpointHandlers } from '../http/endpoints'
import {
  lookupCoupon,
  redeemCoupon,
  reverseRedemption,
  toMerchantRedemption,
} from '../store/coupons/redemptions'
import { redemptionDays, statementOf } from '../store/coupons/statements'

/** Handlers of the merchant's redemption operations. */
export function redemptionHandlers(app: FastifyInstance) {
  const { db } = app.deps
  const secret = app.deps.secrets.qr
  return {
    lookupCoupon: (request) => lookupCoupon(db, request.user!.id, request.body, secret, nowMs(app.deps)),

    redeemCoupon: (request) => {
      const now = nowMs(app.deps)
      const { row, replayed } = redeemCoupon(db, request.user!.id, request.body, secret, now)
      return toMerchantRedemption(db, row, now, replayed)
    },

    reverseRedemption: (request) => {
      const now = nowMs(app.deps)
      return toMerchantRedemption(db, reverseRedemption(db, request.user!.id, request.params.id, now), now)
    },

    listRedemptionDays: (request) => redemptionDays(db, request.user!.id, nowMs(app.deps)),

    getStatement: (request) => {
      if (!isLocalDate(request.params.date)) throw fieldError('date', '日期无效')
      return statementOf(db, request.user!.id, request.params.date, nowMs(app.deps))
    },
  } satisfies Partial<EndpointHandlers>
}
