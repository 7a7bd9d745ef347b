// The customer's counter bookings: book, list, read, cancel, reschedule.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdempotencyHeaders } from '../../src/contract/common'
import {
  Booking,
  BookingListQuery,
  BookingListResult,
  BookingParams,
  CreateBookingRequest,
  RescheduleRequest,
} from '../../src/contract/bookings'
import { nowMs } from '../deps'
import { requireRole } from '../http/auth'
import { notFound } from '../http/errors'
import { SESSION_SECURITY, withErrors } from '../http/schemas'
import { cancelBooking, createBooking, rescheduleBooking } from '../store/booking-actions'
import { toBookingView } from '../store/booking-view'
import { findOwnBooking, listBookings } from '../store/bookings'

/** Booking routes (customer role; mounted under the API base path). */
export const bookingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps
  const tags = ['bookings']
  const customer = requireRole('customer')
  const view = () => ({ nowMs: nowMs(app.deps), qrSecret: app.deps.qrSecret })

  app.post(
    '/bookings',
    {
      schema: {
        tags,
        summary: '预约网点业务',
        description:
          '400 amount/slot format; 404 branch; 422 DATE_NOT_BOOKABLE / SLOT_NOT_BOOKABLE / NOTICE_TOO_SHORT; 409 SLOT_FULL (details.alternatives) / BOOKING_OVERLAP (details.bookingNumber).',
        security: SESSION_SECURITY,
        headers: IdempotencyHeaders,
        body: CreateBookingRequest,
        response: withErrors({ 201: Booking }),
      },
      onRequest: customer,
    },
    async (request, reply) => {
      const row = createBooking(db, request.user!.id, request.body, nowMs(app.deps))
      return reply.code(201).send(toBookingView(db, row, view()))
    },
  )

  app.get(
    '/bookings',
    {
      schema: {
        tags,
        summary: '我的预约',
        description:
          'upcoming: soonest first; past (arrived or missed): newest first; cancelled: newest first.',
        security: SESSION_SECURITY,
        querystring: BookingListQuery,
        response: withErrors({ 200: BookingListResult }),
      },
      onRequest: customer,
    },
    async (request) => {
      const rows = listBookings(db, request.user!.id, request.query.scope, nowMs(app.deps))
      const ctx = view()
      return { items: rows.map((row) => toBookingView(db, row, ctx)) }
    },
  )

  app.get(
    '/bookings/:id',
    {
      schema: {
        tags,
        summary: '预约详情',
        description: "404 for unknown ids and for other customers' bookings alike.",
        security: SESSION_SECURITY,
        params: BookingParams,
        response: withErrors({ 200: Booking }),
      },
      onRequest: customer,
    },
    async (request) => {
      const row = findOwnBooking(db, request.user!.id, request.params.id)
      if (!row) throw notFound('预约不存在')
      return toBookingView(db, row, view())
    },
  )

  app.post(
    '/bookings/:id/cancel',
    {
      schema: {
        tags,
        summary: '取消预约',
        description:
          'Allowed until 1 h before the slot (inclusive): else 422 CANCEL_WINDOW_CLOSED; 409 BOOKING_NOT_ACTIVE.',
        security: SESSION_SECURITY,
        headers: IdempotencyHeaders,
        params: BookingParams,
        response: withErrors({ 200: Booking }),
      },
      onRequest: customer,
    },
    async (request) => {
      const row = cancelBooking(db, request.user!.id, request.params.id, nowMs(app.deps))
      return toBookingView(db, row, view())
    },
  )

  app.post(
    '/bookings/:id/reschedule',
    {
      schema: {
        tags,
        summary: '改期',
        description:
          'Same id and number; same rules as booking; the old slot must be ≥ 1 h away (CANCEL_WINDOW_CLOSED); 422 SAME_SLOT.',
        security: SESSION_SECURITY,
        headers: IdempotencyHeaders,
        params: BookingParams,
        body: RescheduleRequest,
        response: withErrors({ 200: Booking }),
      },
      onRequest: customer,
    },
    async (request) => {
      const row = rescheduleBooking(db, request.user!.id, request.params.id, request.body, nowMs(app.deps))
      return toBookingView(db, row, view())
    },
  )
}
