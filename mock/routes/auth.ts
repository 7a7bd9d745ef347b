// Sign-in (SMS, WeChat), the session, logout, the current user and real-name verification.
import type { FastifyInstance } from 'fastify'
import { PRIVACY_VERSION } from '../../src/contract/constants'
import { checkIdNumber } from '../../src/utils/id-number'
import { checkPersonName } from '../../src/utils/person-name'
import { nowMs } from '../deps'
import { bankError, fieldError } from '../errors'
import { clearSessionCookie, setSessionCookie } from '../http/auth'
import type { EndpointHandlers } from '../http/endpoints'
import { loginWithSms } from '../store/auth/login'
import { toMe } from '../store/auth/me-view'
import { deleteSession } from '../store/auth/sessions'
import { bindRealName, findUserById } from '../store/auth/users'
import { loginWithWechat } from '../store/auth/wechat-login'
import { textCode } from './sms'

function assertPrivacy(version: string): void {
  if (version !== PRIVACY_VERSION) throw bankError('PRIVACY_NOT_ACCEPTED')
}

/** Handlers of the auth and me operations. */
export function authHandlers(app: FastifyInstance) {
  const { db } = app.deps
  return {
    getHealth: async () => ({ status: 'ok' as const, time: app.deps.now().toISOString() }),

    sendSmsCode: async (request) => textCode(app, request.body.phone, 'login'),

    smsLogin: async (request, reply) => {
      const { phone, code, session, privacyVersion, wechatTicket } = request.body
      assertPrivacy(privacyVersion)
      const login = loginWithSms(
        db,
        { phone, code, transport: session, privacyVersion, wechatTicket },
        nowMs(app.deps),
      )
      const user = toMe(db, login.user, nowMs(app.deps))
      if (session === 'bearer') return { user, token: login.session.token }
      setSessionCookie(request, reply, login.session.token)
      return { user, csrfToken: login.session.csrfToken ?? undefined }
    },

    wechatLogin: async (request) => {
      assertPrivacy(request.body.privacyVersion)
      const outcome = loginWithWechat(db, request.body.code, request.body.privacyVersion, nowMs(app.deps))
      if (outcome.kind === 'needs_phone')
        return { status: 'NEEDS_PHONE' as const, wechatTicket: outcome.ticket }
      return {
        status: 'LOGGED_IN' as const,
        token: outcome.token,
        user: toMe(db, outcome.user, nowMs(app.deps)),
      }
    },

    getSession: async (request) => {
      const session = request.authSession!
      return {
        user: toMe(db, request.user!, nowMs(app.deps)),
        csrfToken: session.csrf_token ?? undefined,
        expiresAt: new Date(session.expires_at).toISOString(),
      }
    },

    logout: async (request, reply) => {
      if (request.authSession) deleteSession(db, request.authSession.token_hash)
      clearSessionCookie(request, reply)
      return null
    },

    getMe: async (request) => toMe(db, request.user!, nowMs(app.deps)),

    bindRealName: async (request) => {
      const name = checkPersonName(request.body.name)
      if (!name.valid) throw fieldError('name', name.reason)
      const id = checkIdNumber(request.body.idNumber, app.deps.now())
      if (!id.valid) throw fieldError('idNumber', id.reason)
      const userId = request.user!.id
      const result = bindRealName(db, userId, name.name, id.idNumber, nowMs(app.deps))
      if (result === 'ALREADY_BOUND') throw bankError('REAL_NAME_ALREADY_BOUND')
      if (result === 'ID_IN_USE') throw bankError('ID_NUMBER_IN_USE')
      return toMe(db, findUserById(db, userId)!, nowMs(app.deps))
    },
  } satisfies Partial<EndpointHandlers>
}
