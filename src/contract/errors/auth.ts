// Errors of SMS codes, login, WeChat binding and real-name verification.
import type { ErrorSpec } from './spec'

export const AUTH_ERRORS = {
  /** An SMS code was sent less than 60 s ago; details.retryAfterSeconds. */
  SMS_TOO_FREQUENT: { status: 429, message: '验证码发送过于频繁，请稍后再试' },
  /** Too many wrong codes, the number is locked; details.retryAfterSeconds. */
  PHONE_LOCKED: { status: 429, message: '验证码错误次数过多，请稍后再试' },
  /** The SMS code has expired. */
  SMS_CODE_EXPIRED: { status: 422, message: '验证码已过期，请重新获取' },
  /** No SMS code was sent, or it was already used. */
  SMS_CODE_NOT_SENT: { status: 422, message: '请先获取短信验证码' },
  /** Wrong SMS code; details.attemptsLeft. */
  SMS_CODE_WRONG: { status: 422, message: '验证码不正确' },
  /** privacyVersion is not the current PRIVACY_VERSION. */
  PRIVACY_NOT_ACCEPTED: { status: 422, message: '请先阅读并同意最新的隐私政策' },
  /** wechatTicket unknown, expired or already used. */
  WECHAT_TICKET_INVALID: { status: 422, message: '微信登录已失效，请重新进入小程序' },
  /** This WeChat account, or this user, is already bound to another. */
  WECHAT_ALREADY_BOUND: { status: 409, message: '该手机号或微信已绑定其他账户' },
  /** The user already completed real-name verification. */
  REAL_NAME_ALREADY_BOUND: { status: 409, message: '您已完成实名认证' },
  /** The ID number is bound to another account. */
  ID_NUMBER_IN_USE: { status: 409, message: '该身份证号已绑定其他账户，请联系网点处理' },
} as const satisfies Record<string, ErrorSpec>
