// Staff check-in: scanning a customer's booking QR code at the branch.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdempotencyHeaders } from '../../src/contract/common'
import { CheckInRequest, CheckInResult } from '../../src/contract/bookings'
import { nowMs } from '../deps'
import { requireRole } from '../http/auth'
import { SESSION_SECURITY, withErrors } from '../http/schemas'
import { toStaffBookingView } from '../store/booking-view'
import { checkIn } from '../store/check-in'

/** Check-in routes (staff role; mounted under the API base path). */
export const checkInRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps

  app.post(
    '/staff/check-ins',
    {
      schema: {
        tags: ['staff'],
        summary: '扫码签到（员工）',
        description:
          '422 QR_INVALID / QR_EXPIRED / BOOKING_CANCELLED / NOT_TODAY; 409 ALREADY_ARRIVED; 403 NOT_YOUR_BRANCH.',
        security: SESSION_SECURITY,
        headers: IdempotencyHeaders,
        body: CheckInRequest,
        response: withErrors({ 200: CheckInResult }),
      },
      onRequest: requireRole('staff'),
    },
    async (request) => {
      const now = nowMs(app.deps)
      const row = checkIn(db, request.user!.id, request.body.qrPayload, app.deps.qrSecret, now)
      return { booking: toStaffBookingView(db, row, { nowMs: now, qrSecret: app.deps.qrSecret }) }
    },
  )
}
