// A customer manager's referrals: list, open (full phone, recorded), move along.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdempotencyHeaders } from '../../src/contract/common'
import {
  ReferralParams,
  ReferralStatusUpdate,
  StaffReferral,
  StaffReferralDetail,
  StaffReferralListResult,
  StaffReferralQuery,
} from '../../src/contract/referrals'
import { nowMs } from '../deps'
import { requireRole } from '../http/auth'
import { SESSION_SECURITY, withErrors } from '../http/schemas'
import {
  findManagedReferral,
  listManagerReferrals,
  recordOpened,
  transitionReferral,
} from '../store/referrals'
import { toStaffReferralDetail, toStaffReferralView } from '../store/referral-view'

/** Staff referral routes (staff role; mounted under the API base path). */
export const staffReferralRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps
  const tags = ['staff']
  const staff = requireRole('staff')

  app.get(
    '/staff/referrals',
    {
      schema: {
        tags,
        summary: '分配给我的转介（员工）',
        security: SESSION_SECURITY,
        querystring: StaffReferralQuery,
        response: withErrors({ 200: StaffReferralListResult }),
      },
      onRequest: staff,
    },
    async (request) => ({
      items: listManagerReferrals(db, request.user!.id, request.query.status).map((row) =>
        toStaffReferralView(db, row),
      ),
    }),
  )

  app.get(
    '/staff/referrals/:id',
    {
      schema: {
        tags,
        summary: '打开转介（含完整手机号，记录查看时间）',
        description: "404 for other managers' referrals.",
        security: SESSION_SECURITY,
        params: ReferralParams,
        response: withErrors({ 200: StaffReferralDetail }),
      },
      onRequest: staff,
    },
    async (request) => {
      const row = findManagedReferral(db, request.user!.id, request.params.id)
      recordOpened(db, row.id, nowMs(app.deps))
      return toStaffReferralDetail(db, findManagedReferral(db, request.user!.id, row.id))
    },
  )

  app.post(
    '/staff/referrals/:id/status',
    {
      schema: {
        tags,
        summary: '更新转介状态（员工）',
        description: 'assigned→contacted|closed, contacted→done|closed; else 422 INVALID_TRANSITION.',
        security: SESSION_SECURITY,
        headers: IdempotencyHeaders,
        params: ReferralParams,
        body: ReferralStatusUpdate,
        response: withErrors({ 200: StaffReferral }),
      },
      onRequest: staff,
    },
    async (request) => {
      const { status, note } = request.body
      const row = transitionReferral(db, request.user!.id, request.params.id, status, note, nowMs(app.deps))
      return toStaffReferralView(db, row)
    },
  )
}
