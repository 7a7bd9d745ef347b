// The customer's product referrals: ask for a product, follow what the manager did.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdempotencyHeaders } from '../../src/contract/common'
import {
  CreateReferralRequest,
  Referral,
  ReferralListResult,
  ReferralParams,
} from '../../src/contract/referrals'
import { nowMs } from '../deps'
import { requireRole } from '../http/auth'
import { notFound } from '../http/errors'
import { SESSION_SECURITY, withErrors } from '../http/schemas'
import { createReferral, findReferral, listCustomerReferrals } from '../store/referrals'
import { toReferralView } from '../store/referral-view'

/** Referral routes (customer role; mounted under the API base path). */
export const referralRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps
  const tags = ['referrals']
  const customer = requireRole('customer')

  app.post(
    '/referrals',
    {
      schema: {
        tags,
        summary: '转介产品给客户经理',
        description:
          "Assigned at once to the town's manager. 400 unknown town; 404 unknown product; 409 REFERRAL_OPEN (details.referralId).",
        security: SESSION_SECURITY,
        headers: IdempotencyHeaders,
        body: CreateReferralRequest,
        response: withErrors({ 201: Referral }),
      },
      onRequest: customer,
    },
    async (request, reply) => {
      const row = createReferral(db, request.user!.id, request.body, nowMs(app.deps))
      return reply.code(201).send(toReferralView(db, row))
    },
  )

  app.get(
    '/referrals',
    {
      schema: {
        tags,
        summary: '我的转介',
        security: SESSION_SECURITY,
        response: withErrors({ 200: ReferralListResult }),
      },
      onRequest: customer,
    },
    async (request) => ({
      items: listCustomerReferrals(db, request.user!.id).map((row) => toReferralView(db, row)),
    }),
  )

  app.get(
    '/referrals/:id',
    {
      schema: {
        tags,
        summary: '转介详情',
        description: "404 for unknown ids and other customers' referrals alike.",
        security: SESSION_SECURITY,
        params: ReferralParams,
        response: withErrors({ 200: Referral }),
      },
      onRequest: customer,
    },
    async (request) => {
      const row = findReferral(db, request.params.id)
      if (!row || row.customer_id !== request.user!.id) throw notFound('转介不存在')
      return toReferralView(db, row)
    },
  )
}
