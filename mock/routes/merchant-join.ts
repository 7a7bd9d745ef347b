// Merchant onboarding (customers apply) and promo codes (anyone's visit counted; a merchant's own code).
import type { FastifyInstance } from 'fastify'
import { renderSVG } from 'uqr'
import { PROMO_LANDING_PAGE } from '../../src/contract/constants'
import type { MyPromoCode } from '../../src/contract/promo-codes'
import { nowMs } from '../deps'
import { notFound } from '../errors'
import { callerAddress } from '../http/caller-address'
import type { EndpointHandlers } from '../http/endpoints'
import { createMerchantApplication } from '../store/merchants/applications'
import { findLiveCode, promoVisitor, recordPromoVisit, visitCounts } from '../store/merchants/promo-codes'

/** Handlers of onboarding and promo-code operations. */
export function merchantJoinHandlers(app: FastifyInstance) {
  const { db } = app.deps
  return {
    createMerchantApplication: (request) =>
      createMerchantApplication(db, request.user!.id, request.body, nowMs(app.deps)),

    recordPromoVisit: (request) => {
      const visitor = promoVisitor(request.user, callerAddress(request.ip).caller, app.deps.secrets.data)
      const merchant = recordPromoVisit(db, {
        code: request.params.code,
        via: request.body.via,
        visitor,
        nowMs: nowMs(app.deps),
      })
      return { merchant }
    },

    getMyPromoCode: (request) => {
      const now = nowMs(app.deps)
      const row = findLiveCode(db, request.user!.id, now)
      if (!row) throw notFound('您的店铺还没有推广码，请联系客户经理')
      const link = app.deps.promoLinkBase + row.code
      const answer: MyPromoCode = {
        code: row.code,
        link,
        weappPage: PROMO_LANDING_PAGE,
        scene: row.code,
        qrSvg: renderSVG(link, { ecc: 'M', border: 2 }),
        visits: visitCounts(db, row.code, now),
      }
      if (row.expires_on !== null) answer.expiresOn = row.expires_on
      return answer
    },
  } satisfies Partial<EndpointHandlers>
}
