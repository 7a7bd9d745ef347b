// Sessions on every request: Bearer header (weapp) or cc_session cookie (H5) with CSRF on unsafe methods.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { COOKIE_SESSION_TTL_SECONDS, SESSION_COOKIE, type Role } from '../../src/contract/constants'
import { nowMs } from '../deps'
import { findLiveSession } from '../store/auth/sessions'
import { findUserById } from '../store/auth/users'
import { readCookie, writeCookie } from './cookies'
import { bankError } from '../errors'

/** Methods that change state (need CSRF with cookies, and take idempotency keys). */
export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '')
  return match?.[1]
}

/** Decorates request.user / request.authSession and enforces CSRF for cookie sessions. */
export function installAuth(app: FastifyInstance): void {
  app.decorateRequest('user', null)
  app.decorateRequest('authSession', null)
  app.addHook('onRequest', async (request) => {
    const bearer = bearerToken(request.headers.authorization)
    const via = bearer ? 'bearer' : 'cookie'
    const token = bearer ?? readCookie(request, SESSION_COOKIE)
    if (!token) return
    const session = findLiveSession(app.deps.db, token, nowMs(app.deps))
    if (!session || session.transport !== via) return
    const user = findUserById(app.deps.db, session.user_id)
    if (!user) return
    if (
      via === 'cookie' &&
      UNSAFE_METHODS.has(request.method) &&
      request.headers['x-csrf-token'] !== session.csrf_token
    ) {
      throw bankError('CSRF_TOKEN_INVALID')
    }
    request.user = user
    request.authSession = { ...session, via }
  })
}

/** Route onRequest hook (runs after session resolution, before validation): 401 unless logged in. */
export async function requireAuth(request: FastifyRequest): Promise<void> {
  if (!request.user) throw bankError('UNAUTHENTICATED')
}

/** Route onRequest hook factory: 401 unless logged in, 403 unless the user has one of the roles. */
export function requireRole(...roles: Role[]) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!request.user) throw bankError('UNAUTHENTICATED')
    if (!roles.includes(request.user.role)) throw bankError('FORBIDDEN')
  }
}

/** Sets the H5 session cookie (httpOnly, SameSite=Lax, Secure over https). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  writeCookie(reply, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: request.protocol === 'https',
    maxAge: COOKIE_SESSION_TTL_SECONDS,
  })
}

/** Clears the H5 session cookie. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  writeCookie(reply, SESSION_COOKIE, '', {
    maxAge: 0,
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: request.protocol === 'https',
  })
}
