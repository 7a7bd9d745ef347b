// Sign-in (SMS, WeChat), the session, logout, the current user and real-name verification.
import type { FastifyInstance } from 'fastify'
import { PRIVACY_VERSION } from '../../src/contract/constants'
import { checkIdNumber } from '../../src/utils/id-number'
import { maskPhone } from '../../src/utils/mask'
import { checkPersonName } from '../../src/utils/person-name'
import { nowMs } from '../deps'
import { bankError, fieldError } from '../errors'
import { clearSessionCookie, setSessionCookie } from '../http/auth'
import type { EndpointHandlers } from '../http/endpoints'
import { loginWithSms } from '../store/auth/login'
import { toMe } from '../store/auth/me-view'
import { assertRefusalsLeft, recordRefusal } from '../store/daily-refusals'
import { deleteSession } from '../store/auth/sessions'
import { bindWithCode, checkRealName, REAL_NAME_REFUSALS } from '../store/auth/real-name'
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
    getHealth: () => ({ status: 'ok' as const, time: app.deps.now().toISOString() }),

    sendSmsCode: (request) => textCode(app, request, request.body.phone, 'login'),

    smsLogin: (request, reply) => {
      const { phone, code, session, privacyVersion, wechatTicket } = request.body
      assertPrivacy(privacyVersion)
      const login = loginWithSms(
        db,
        { phone, code, transport: session, privacyVersion, wechatTicket, secret: app.deps.secrets.data },
        nowMs(app.deps),
      )
      const user = toMe(db, login.user, nowMs(app.deps))
      if (session === 'bearer') return { user, token: login.session.token }
      setSessionCookie(request, reply, login.session.token)
      return { user, csrfToken: login.session.csrfToken ?? undefined }
    },

    wechatLogin: (request) => {
      assertPrivacy(request.body.privacyVersion)
      const { code, privacyVersion } = request.body
      const outcome = loginWithWechat(
        db,
        { code, privacyVersion, secret: app.deps.secrets.data },
        nowMs(app.deps),
      )
      if (outcome.kind === 'needs_phone')
        return { status: 'NEEDS_PHONE' as const, wechatTicket: outcome.ticket }
      return {
        status: 'LOGGED_IN' as const,
        token: outcome.token,
        user: toMe(db, outcome.user, nowMs(app.deps)),
      }
    },

    getSession: (request) => {
      const session = request.authSession!
      return {
        user: toMe(db, request.user!, nowMs(app.deps)),
        csrfToken: session.csrf_token ?? undefined,
        expiresAt: new Date(session.expires_at).toISOString(),
      }
    },

    logout: (request, reply) => {
      if (request.authSession) deleteSession(db, request.authSession.token_hash)
      clearSessionCookie(request, reply)
      return null
    },

    getMe: (request) => toMe(db, request.user!, nowMs(app.deps)),

    bindRealName: (request, reply) => {
      const name = checkPersonName(request.body.name)
      if (!name.valid) throw fieldError('name', name.reason)
      const id = checkIdNumber(request.body.idNumber, app.deps.now())
      if (!id.valid) throw fieldError('idNumber', id.reason)
      const user = request.user!
      if (user.id_number) throw bankError('REAL_NAME_ALREADY_BOUND')
      const identity = { name: name.name, idNumber: id.idNumber }
      const now = nowMs(app.deps)
      assertRefusalsLeft(db, REAL_NAME_REFUSALS, user.id, now)
      const check = checkRealName(db, user, identity.name, identity.idNumber)
      if (check.kind === 'refused') {
        recordRefusal(db, REAL_NAME_REFUSALS, user.id, now)
        throw bankError('REAL_NAME_CHECK_FAILED')
      }
      let result
      if (check.kind === 'bind') {
        result = bindRealName(db, user.id, identity.name, identity.idNumber, now)
      } else if (request.body.smsCode === undefined) {
        const sent = textCode(app, request, check.phone, 'real-name')
        reply.code(202)
        return { status: 'CODE_SENT' as const, phoneMasked: maskPhone(check.phone), ...sent }
      } else {
        const code = { phone: check.phone, value: request.body.smsCode, secret: app.deps.secrets.data }
        result = bindWithCode(db, user.id, identity, code, now)
      }
      if (result === 'ALREADY_BOUND') throw bankError('REAL_NAME_ALREADY_BOUND')
      if (result !== 'BOUND') throw bankError('REAL_NAME_CHECK_FAILED')
      reply.code(200)
      return toMe(db, findUserById(db, user.id)!, now)
    },
  } satisfies Partial<EndpointHandlers>
}
