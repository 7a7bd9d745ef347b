// SMS, WeChat and session endpoints.
import { Type, type Static } from '@sinclair/typebox'
import { SESSION_TRANSPORTS } from './constants'
import { IsoDateTime, Phone, StringEnum } from './common'
import { Me } from './me'

/** Body of POST /auth/sms-codes. */
export const SmsCodeRequest = Type.Object(
  { phone: Phone },
  { additionalProperties: false, description: 'Number to text' },
)
export type SmsCodeRequest = Static<typeof SmsCodeRequest>

/** Answer (202) of POST /auth/sms-codes. */
export const SmsCodeResult = Type.Object(
  {
    resendAfterSeconds: Type.Integer({ description: 'Seconds before another code may be requested (60)' }),
    expiresInSeconds: Type.Integer({ description: 'Seconds the code stays valid (300)' }),
  },
  { description: 'Code sent' },
)
export type SmsCodeResult = Static<typeof SmsCodeResult>

/** Privacy policy version the user accepted; must equal PRIVACY_VERSION. */
const PrivacyVersion = Type.String({
  title: '隐私政策版本',
  description: 'Must equal PRIVACY_VERSION',
  minLength: 1,
  maxLength: 32,
})

/** Body of POST /auth/sms-login. */
export const SmsLoginRequest = Type.Object(
  {
    phone: Phone,
    code: Type.String({ title: '验证码', description: '6-digit SMS code', pattern: '^\\d{6}$' }),
    session: StringEnum(SESSION_TRANSPORTS, {
      title: '登录方式',
      description: 'cookie (H5) or bearer (weapp)',
    }),
    privacyVersion: PrivacyVersion,
    wechatTicket: Type.Optional(
      Type.String({
        title: '微信登录凭证',
        description: 'From wechat-login NEEDS_PHONE; binds the WeChat account',
        minLength: 1,
        maxLength: 128,
      }),
    ),
  },
  { additionalProperties: false, description: 'Log in (or register) with an SMS code' },
)
export type SmsLoginRequest = Static<typeof SmsLoginRequest>

/** Answer of a login: bearer sessions get `token`, cookie sessions get `csrfToken` (token is in the cookie). */
export const LoginResult = Type.Object(
  {
    user: Me,
    token: Type.Optional(Type.String({ description: 'Bearer token (bearer sessions only)' })),
    csrfToken: Type.Optional(
      Type.String({ description: 'Send as X-CSRF-Token on unsafe requests (cookie sessions only)' }),
    ),
  },
  { description: 'Logged in' },
)
export type LoginResult = Static<typeof LoginResult>

/** Body of POST /auth/wechat-login. */
export const WechatLoginRequest = Type.Object(
  {
    code: Type.String({ title: '微信登录码', description: 'wx.login() code', minLength: 1, maxLength: 128 }),
    privacyVersion: PrivacyVersion,
  },
  { additionalProperties: false, description: 'Log in with a wx.login() code (weapp, bearer session)' },
)
export type WechatLoginRequest = Static<typeof WechatLoginRequest>

/** WeChat account already bound: a bearer session was created. */
export const WechatLoggedIn = Type.Object(
  { status: Type.Literal('LOGGED_IN'), token: Type.String({ description: 'Bearer token' }), user: Me },
  { description: 'Logged in' },
)
export type WechatLoggedIn = Static<typeof WechatLoggedIn>

/** WeChat account not bound yet: log in by SMS with this ticket to bind it. */
export const WechatNeedsPhone = Type.Object(
  {
    status: Type.Literal('NEEDS_PHONE'),
    wechatTicket: Type.String({ description: 'Pass to sms-login within 10 minutes; single use' }),
  },
  { description: 'Phone needed' },
)
export type WechatNeedsPhone = Static<typeof WechatNeedsPhone>

/** Answer of POST /auth/wechat-login. */
export const WechatLoginResult = Type.Union([WechatLoggedIn, WechatNeedsPhone], {
  description: 'Discriminated by status',
})
export type WechatLoginResult = Static<typeof WechatLoginResult>

/** Answer of GET /auth/session. */
export const SessionResult = Type.Object(
  {
    user: Me,
    csrfToken: Type.Optional(Type.String({ description: 'Cookie sessions only' })),
    expiresAt: IsoDateTime,
  },
  { description: 'Current session' },
)
export type SessionResult = Static<typeof SessionResult>
