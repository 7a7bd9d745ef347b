// The mock's development tools: SMS outbox, fault settings, clock, seed reset, session expiry.
// Registered only when the mock runs for development.
import type { FastifyInstance } from 'fastify'
import { nowMs } from '../deps'
import { notFound } from '../errors'
import type { EndpointHandlers } from '../http/endpoints'
import { resetDatabase } from '../seed'
import { expireUserSessions } from '../store/auth/sessions'
import { listOutbox } from '../store/auth/sms'
import { findUserByPhone } from '../store/auth/users'

/** Handlers of the dev operations. */
export function devHandlers(app: FastifyInstance) {
  const { db } = app.deps
  const clock = () => ({
    now: app.deps.now().toISOString(),
    offsetSeconds: Math.round(app.deps.clockOffsetMs / 1000),
  })
  return {
    listSmsOutbox: (request) => ({
      items: listOutbox(db, request.query).map((m) => ({
        phone: m.phone,
        code: m.code,
        sentAt: new Date(m.sent_at).toISOString(),
        purpose: m.purpose,
      })),
    }),

    getFaults: () => app.deps.faults,

    setFaults: (request) => {
      Object.assign(app.deps.faults, request.body)
      return app.deps.faults
    },

    getClock: () => clock(),

    setClock: (request) => {
      app.deps.clockOffsetMs = request.body.offsetSeconds * 1000
      return clock()
    },

    resetStore: () => {
      resetDatabase(db, app.deps.sample)
      return null
    },

    expireSessions: (request) => {
      const user = findUserByPhone(db, request.body.phone)
      if (!user) throw notFound('该手机号未注册')
      return { expired: expireUserSessions(db, user.id, nowMs(app.deps)) }
    },
  } satisfies Partial<EndpointHandlers>
}
