// SMS codes, SMS login (registers unknown numbers) and WeChat login.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ERROR_CODES, PRIVACY_VERSION } from '../../src/contract/constants'
import { IdempotencyHeaders } from '../../src/contract/common'
import {
  LoginResult,
  SmsCodeRequest,
  SmsCodeResult,
  SmsLoginRequest,
  WechatLoginRequest,
  WechatLoginResult,
} from '../../src/contract/auth'
import { nowMs } from '../deps'
import { setSessionCookie } from '../http/auth'
import { BusinessError } from '../http/errors'
import { withErrors } from '../http/schemas'
import { sendCodeOrThrow, smsCheckFailure } from '../http/sms-replies'
import { loginWithSms } from '../store/login'
import { toMe } from '../store/me-view'
import { loginWithWechat } from '../store/wechat-login'

function assertPrivacy(version: string): void {
  if (version !== PRIVACY_VERSION) {
    throw new BusinessError(422, ERROR_CODES.PRIVACY_NOT_ACCEPTED, '请先阅读并同意最新的隐私政策')
  }
}

/** Auth routes (mounted under the API base path). */
export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps
  const tags = ['auth']

  app.post(
    '/auth/sms-codes',
    {
      schema: {
        tags,
        summary: '发送短信验证码',
        description: '60 s per number (429 SMS_TOO_FREQUENT), 429 PHONE_LOCKED while locked.',
        headers: IdempotencyHeaders,
        body: SmsCodeRequest,
        response: withErrors({ 202: SmsCodeResult }),
      },
    },
    async (request, reply) => reply.code(202).send(sendCodeOrThrow(app, request.body.phone, 'login')),
  )

  app.post(
    '/auth/sms-login',
    {
      schema: {
        tags,
        summary: '短信验证码登录（新号码自动注册）',
        description:
          '422 SMS_CODE_EXPIRED / SMS_CODE_NOT_SENT / SMS_CODE_WRONG / PRIVACY_NOT_ACCEPTED / WECHAT_TICKET_INVALID, 429 PHONE_LOCKED, 409 WECHAT_ALREADY_BOUND.',
        headers: IdempotencyHeaders,
        body: SmsLoginRequest,
        response: withErrors({ 200: LoginResult }),
      },
    },
    async (request, reply) => {
      const { phone, code, session, privacyVersion, wechatTicket } = request.body
      assertPrivacy(privacyVersion)
      const outcome = loginWithSms(
        db,
        { phone, code, transport: session, privacyVersion, wechatTicket },
        nowMs(app.deps),
      )
      if (outcome.kind !== 'ok') throw smsCheckFailure(outcome)
      const user = toMe(db, outcome.user, nowMs(app.deps))
      if (session === 'bearer') return { user, token: outcome.session.token }
      setSessionCookie(request, reply, outcome.session.token)
      return { user, csrfToken: outcome.session.csrfToken ?? undefined }
    },
  )

  app.post(
    '/auth/wechat-login',
    {
      schema: {
        tags,
        summary: '微信登录（小程序，bearer 会话）',
        description:
          'LOGGED_IN when the openid is bound, else NEEDS_PHONE with a 10-minute single-use wechatTicket.',
        headers: IdempotencyHeaders,
        body: WechatLoginRequest,
        response: withErrors({ 200: WechatLoginResult }),
      },
    },
    async (request) => {
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
  )
}
