// Sign-in, the session and the current user.
import { HealthResult, NoContent } from '../common'
import {
  LoginResult,
  SessionResult,
  SmsCodeRequest,
  SmsCodeResult,
  SmsLoginRequest,
  WechatLoginRequest,
  WechatLoginResult,
} from '../auth'
import { Me, RealNameCodeSent, RealNameRequest } from '../me'
import type { EndpointSpec } from './spec'

export const AUTH_API = {
  getHealth: {
    tag: 'health',
    summary: '存活检查',
    description: 'Never faulted.',
    response: { 200: HealthResult },
    errors: [],
  },
  sendSmsCode: {
    tag: 'auth',
    summary: '发送短信验证码',
    description:
      'One code per number and purpose per 60 s, 10 per number per Beijing day; 5 per caller (client address) per minute and 50 per day; 200 in all per minute. Each limit answers 429 with details.retryAfterSeconds and Retry-After.',
    body: SmsCodeRequest,
    response: { 202: SmsCodeResult },
    errors: ['SMS_TOO_FREQUENT', 'SMS_DAILY_LIMIT', 'SMS_CALLER_LIMIT', 'SMS_SERVICE_BUSY'],
  },
  smsLogin: {
    tag: 'auth',
    summary: '短信验证码登录（新号码自动注册）',
    description:
      'cookie sessions get an httpOnly cookie and csrfToken; bearer sessions get token. A wechatTicket binds the WeChat account.',
    body: SmsLoginRequest,
    response: { 200: LoginResult },
    credential: true,
    errors: [
      'SMS_CODE_EXPIRED',
      'SMS_CODE_NOT_SENT',
      'SMS_CODE_WRONG',
      'SMS_CODE_SPENT',
      'PRIVACY_NOT_ACCEPTED',
      'WECHAT_TICKET_INVALID',
      'WECHAT_ALREADY_BOUND',
    ],
  },
  wechatLogin: {
    tag: 'auth',
    summary: '微信登录（小程序，bearer 会话）',
    description:
      'LOGGED_IN when the openid is bound, else NEEDS_PHONE with a 10-minute single-use wechatTicket.',
    body: WechatLoginRequest,
    response: { 200: WechatLoginResult },
    errors: ['PRIVACY_NOT_ACCEPTED', 'WECHAT_CODE_INVALID'],
    credential: true,
  },
  getSession: {
    tag: 'auth',
    summary: '当前会话',
    response: { 200: SessionResult },
    credential: true,
    errors: [],
  },
  logout: {
    tag: 'auth',
    summary: '退出登录',
    description: 'Deletes the session (if any) and clears the cookie; always 204.',
    response: { 204: NoContent },
    errors: [],
    credential: true,
  },
  getMe: {
    tag: 'me',
    summary: '当前用户',
    response: { 200: Me },
    errors: [],
  },
  bindRealName: {
    tag: 'me',
    summary: '实名认证（绑定姓名与身份证号）',
    description:
      "Name rules and the GB 11643 check digit are checked here too (400 on the field). A household with a pre-approved limit is bound only with a second factor: unless the caller logged in with the household's own phone, the first call answers 202 CODE_SENT (a code to the phone the bank holds) and a second call with smsCode binds. REAL_NAME_CHECK_FAILED is the same answer for an ID bound elsewhere and for a name the bank's records disagree with, so it confirms nothing to a stranger; after 5 of them in a Beijing day the account gets 429 REAL_NAME_TOO_MANY_ATTEMPTS until midnight, so names cannot be guessed. A real backend verifies name and ID with the public-security ID check and a face match.",
    body: RealNameRequest,
    response: { 200: Me, 202: RealNameCodeSent },
    errors: [
      'REAL_NAME_ALREADY_BOUND',
      'REAL_NAME_CHECK_FAILED',
      'REAL_NAME_TOO_MANY_ATTEMPTS',
      'SMS_TOO_FREQUENT',
      'SMS_DAILY_LIMIT',
      'SMS_CALLER_LIMIT',
      'SMS_SERVICE_BUSY',
      'SMS_CODE_EXPIRED',
      'SMS_CODE_NOT_SENT',
      'SMS_CODE_WRONG',
      'SMS_CODE_SPENT',
    ],
  },
} as const satisfies Record<string, EndpointSpec>
