// The message centre: list (adding due booking reminders and loan messages first), read one, read all.
import type { FastifyInstance } from 'fastify'
import { DEFAULT_PAGE_SIZE } from '../../src/contract/common'
import { nowMs } from '../deps'
import { notFound } from '../errors'
import type { EndpointHandlers } from '../http/endpoints'
import { addDueReminders } from '../store/counter/booking-messages'
import { runDueDebits } from '../store/loans/auto-debit'
import { addLoanMessages } from '../store/loans/messages'
import { addCouponReminders } from '../store/coupons/coupon-messages'
import { listMessages, markAllMessagesRead, markMessageRead } from '../store/messages/messages'

/** Handlers of the message-centre operations (any logged-in user). */
export function messageHandlers(app: FastifyInstance) {
  const { db } = app.deps
  return {
    listMessages: (request) => {
      const userId = request.user!.id
      runDueDebits(db, userId, nowMs(app.deps), app.deps.secrets.data)
      return db
        .transaction(() => {
          addDueReminders(db, userId, nowMs(app.deps))
          addLoanMessages(db, userId, nowMs(app.deps))
          addCouponReminders(db, userId, nowMs(app.deps))
          return listMessages(db, userId, {
            cursor: request.query.cursor,
            limit: request.query.limit ?? DEFAULT_PAGE_SIZE,
          })
        })
        .immediate()
    },

    readAllMessages: (request) => {
      markAllMessagesRead(db, request.user!.id, nowMs(app.deps))
      return { unread: 0 as const }
    },

    readMessage: (request) => {
      const message = markMessageRead(db, request.user!.id, request.params.id, nowMs(app.deps))
      if (!message) throw notFound('消息不存在')
      return message
    },
  } satisfies Partial<EndpointHandlers>
}
