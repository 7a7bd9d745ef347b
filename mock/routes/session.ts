// The current session and logout.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdempotencyHeaders, NoContent } from '../../src/contract/common'
import { SessionResult } from '../../src/contract/auth'
import { clearSessionCookie, requireAuth } from '../http/auth'
import { SESSION_SECURITY, withErrors } from '../http/schemas'
import { nowMs } from '../deps'
import { toMe } from '../store/me-view'
import { deleteSession } from '../store/sessions'

/** Session routes (mounted under the API base path). */
export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps
  const tags = ['auth']

  app.get(
    '/auth/session',
    {
      schema: {
        tags,
        summary: '当前会话',
        security: SESSION_SECURITY,
        response: withErrors({ 200: SessionResult }),
      },
      onRequest: requireAuth,
    },
    async (request) => {
      const session = request.authSession!
      return {
        user: toMe(db, request.user!, nowMs(app.deps)),
        csrfToken: session.csrf_token ?? undefined,
        expiresAt: new Date(session.expires_at).toISOString(),
      }
    },
  )

  app.post(
    '/auth/logout',
    {
      schema: {
        tags,
        summary: '退出登录',
        description: 'Deletes the session (if any) and clears the cookie; always 204.',
        security: SESSION_SECURITY,
        headers: IdempotencyHeaders,
        response: withErrors({ 204: NoContent }),
      },
    },
    async (request, reply) => {
      if (request.authSession) deleteSession(db, request.authSession.token_hash)
      clearSessionCookie(request, reply)
      return reply.code(204).send(null)
    },
  )
}
