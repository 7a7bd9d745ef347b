// Products and towns (public), the customer's referrals, and the manager's side of them.
import type { FastifyInstance } from 'fastify'
import { nowMs } from '../deps'
import { notFound } from '../errors'
import type { EndpointHandlers } from '../http/endpoints'
import { listProducts, listTowns } from '../store/referrals/products'
import { toReferralView, toStaffReferralDetail, toStaffReferralView } from '../store/referrals/referral-view'
import {
  createReferral,
  findManagedReferral,
  findReferral,
  listCustomerReferrals,
  listManagerReferrals,
  recordOpened,
  transitionReferral,
} from '../store/referrals/referrals'

/** Handlers of the product and referral operations. */
export function referralHandlers(app: FastifyInstance) {
  const { db } = app.deps
  return {
    listProducts: () => ({ items: listProducts(db) }),

    listTowns: () => ({ items: listTowns(db) }),

    createReferral: (request) => {
      const row = createReferral(db, request.user!.id, request.body, nowMs(app.deps))
      return toReferralView(db, row)
    },

    listReferrals: (request) => ({
      items: listCustomerReferrals(db, request.user!.id).map((row) => toReferralView(db, row)),
    }),

    getReferral: (request) => {
      const row = findReferral(db, request.params.id)
      if (!row || row.customer_id !== request.user!.id) throw notFound('转介不存在')
      return toReferralView(db, row)
    },

    listStaffReferrals: (request) => ({
      items: listManagerReferrals(db, request.user!.id, request.query.status).map((row) =>
        toStaffReferralView(db, row),
      ),
    }),

    openStaffReferral: (request) => {
      const row = findManagedReferral(db, request.user!.id, request.params.id)
      recordOpened(db, row.id, nowMs(app.deps))
      return toStaffReferralDetail(db, findManagedReferral(db, request.user!.id, row.id))
    },

    updateReferralStatus: (request) => {
      const { status, note } = request.body
      const row = transitionReferral(db, request.user!.id, request.params.id, status, note, nowMs(app.deps))
      return toStaffReferralView(db, row)
    },
  } satisfies Partial<EndpointHandlers>
}
