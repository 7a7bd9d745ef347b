// Dev-only helpers: SMS outbox, fault settings, seed reset, session expiry. Never faulted.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoContent } from '../../src/contract/common'
import {
  DevClock,
  DevClockUpdate,
  ExpireSessionsRequest,
  ExpireSessionsResult,
  FaultSettings,
  FaultSettingsUpdate,
  SmsOutboxQuery,
  SmsOutboxResult,
} from '../../src/contract/dev'
import { nowMs } from '../deps'
import { notFound } from '../http/errors'
import { withErrors } from '../http/schemas'
import { resetDatabase } from '../seed'
import { expireUserSessions } from '../store/sessions'
import { listOutbox } from '../store/sms'
import { findUserByPhone } from '../store/users'

/** Dev routes (mounted under the API base path unless MOCK_DEV_ENDPOINTS=0). */
export const devRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps
  const tags = ['dev']

  app.get(
    '/dev/sms-outbox',
    {
      schema: {
        tags,
        summary: '短信发件箱（开发用）',
        description: 'Newest first; optional phone and purpose filters (all purposes when none is given).',
        querystring: SmsOutboxQuery,
        response: withErrors({ 200: SmsOutboxResult }),
      },
    },
    async (request) => ({
      items: listOutbox(db, request.query).map((m) => ({
        phone: m.phone,
        code: m.code,
        sentAt: new Date(m.sent_at).toISOString(),
        purpose: m.purpose,
      })),
    }),
  )

  app.get(
    '/dev/faults',
    { schema: { tags, summary: '故障注入设置', response: withErrors({ 200: FaultSettings }) } },
    async () => app.deps.faults,
  )

  app.put(
    '/dev/faults',
    {
      schema: {
        tags,
        summary: '修改故障注入设置',
        body: FaultSettingsUpdate,
        response: withErrors({ 200: FaultSettings }),
      },
    },
    async (request) => {
      Object.assign(app.deps.faults, request.body)
      return app.deps.faults
    },
  )

  const clock = () => ({
    now: app.deps.now().toISOString(),
    offsetSeconds: Math.round(app.deps.clockOffsetMs / 1000),
  })

  app.get(
    '/dev/clock',
    { schema: { tags, summary: '模拟时钟', response: withErrors({ 200: DevClock }) } },
    async () => clock(),
  )

  app.put(
    '/dev/clock',
    {
      schema: {
        tags,
        summary: '调整模拟时钟偏移',
        body: DevClockUpdate,
        response: withErrors({ 200: DevClock }),
      },
    },
    async (request) => {
      app.deps.clockOffsetMs = request.body.offsetSeconds * 1000
      return clock()
    },
  )

  app.post(
    '/dev/reset',
    { schema: { tags, summary: '恢复种子数据', response: withErrors({ 204: NoContent }) } },
    async (_request, reply) => {
      resetDatabase(db)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/dev/sessions/expire',
    {
      schema: {
        tags,
        summary: '使某用户的会话过期',
        body: ExpireSessionsRequest,
        response: withErrors({ 200: ExpireSessionsResult }),
      },
    },
    async (request) => {
      const user = findUserByPhone(db, request.body.phone)
      if (!user) throw notFound('该手机号未注册')
      return { expired: expireUserSessions(db, user.id, nowMs(app.deps)) }
    },
  )
}
