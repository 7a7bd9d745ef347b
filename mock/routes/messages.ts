// The message centre: list (adding due booking reminders and loan messages first), read one, read all.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdempotencyHeaders } from '../../src/contract/common'
import { Message, MessageParams, MessagesResult, ReadAllResult } from '../../src/contract/messages'
import { nowMs } from '../deps'
import { requireAuth } from '../http/auth'
import { notFound } from '../http/errors'
import { SESSION_SECURITY, withErrors } from '../http/schemas'
import { addDueReminders } from '../store/booking-messages'
import { addLoanMessages } from '../store/loan-messages'
import { listMessages, markAllMessagesRead, markMessageRead } from '../store/messages'

/** Message routes (any logged-in user; mounted under the API base path). */
export const messageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps
  const tags = ['messages']

  app.get(
    '/messages',
    {
      schema: {
        tags,
        summary: '消息中心',
        description:
          'Newest first. Reminders for bookings starting within 24 h are added on read, once each.',
        security: SESSION_SECURITY,
        response: withErrors({ 200: MessagesResult }),
      },
      onRequest: requireAuth,
    },
    async (request) => {
      const userId = request.user!.id
      return db.transaction(() => {
        addDueReminders(db, userId, nowMs(app.deps))
        addLoanMessages(db, userId, nowMs(app.deps))
        return listMessages(db, userId)
      })()
    },
  )

  app.post(
    '/messages/read-all',
    {
      schema: {
        tags,
        summary: '全部标为已读',
        security: SESSION_SECURITY,
        headers: IdempotencyHeaders,
        response: withErrors({ 200: ReadAllResult }),
      },
      onRequest: requireAuth,
    },
    async (request) => {
      markAllMessagesRead(db, request.user!.id, nowMs(app.deps))
      return { unread: 0 as const }
    },
  )

  app.post(
    '/messages/:id/read',
    {
      schema: {
        tags,
        summary: '标为已读',
        security: SESSION_SECURITY,
        headers: IdempotencyHeaders,
        params: MessageParams,
        response: withErrors({ 200: Message }),
      },
      onRequest: requireAuth,
    },
    async (request) => {
      const message = markMessageRead(db, request.user!.id, request.params.id, nowMs(app.deps))
      if (!message) throw notFound('消息不存在')
      return message
    },
  )
}
