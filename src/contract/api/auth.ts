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
import { Me, RealNameRequest } from '../me'
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
    description: 'One code per number per 60 s; none while the number is locked.',
    body: SmsCodeRequest,
    response: { 202: SmsCodeResult },
    errors: ['SMS_TOO_FREQUENT', 'PHONE_LOCKED'],
  },
  smsLogin: {
    tag: 'auth',
    summary: '短信验证码登录（新号码自动注册）',
    description:
      'cookie sessions get an httpOnly cookie and csrfToken; bearer sessions get token. A wechatTicket binds the WeChat account.',
    body: SmsLoginRequest,
    response: { 200: LoginResult },
    errors: [
      'SMS_CODE_EXPIRED',
      'SMS_CODE_NOT_SENT',
      'SMS_CODE_WRONG',
      'PHONE_LOCKED',
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
    errors: ['PRIVACY_NOT_ACCEPTED'],
  },
  getSession: {
    tag: 'auth',
    summary: '当前会话',
    response: { 200: SessionResult },
    errors: [],
  },
  logout: {
    tag: 'auth',
    summary: '退出登录',
    description: 'Deletes the session (if any) and clears the cookie; always 204.',
    response: { 204: NoContent },
    errors: [],
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
    description: 'Name rules and the GB 11643 check digit are checked here too (400 on the field).',
    body: RealNameRequest,
    response: { 200: Me },
    errors: ['REAL_NAME_ALREADY_BOUND', 'ID_NUMBER_IN_USE'],
  },
} as const satisfies Record<string, EndpointSpec>
