// Errors of SMS codes, login, WeChat binding and real-name verification.
import type { ErrorMessages, ErrorStatus } from './spec'

export const AUTH_ERRORS = {
  /** An SMS code was sent less than 60 s ago; details.retryAfterSeconds. */
  SMS_TOO_FREQUENT: 429,
  /** Too many wrong codes, the number is locked; details.retryAfterSeconds. */
  PHONE_LOCKED: 429,
  /** The SMS code has expired. */
  SMS_CODE_EXPIRED: 422,
  /** No SMS code was sent, or it was already used. */
  SMS_CODE_NOT_SENT: 422,
  /** Wrong SMS code; details.attemptsLeft. */
  SMS_CODE_WRONG: 422,
  /** privacyVersion is not the current PRIVACY_VERSION. */
  PRIVACY_NOT_ACCEPTED: 422,
  /** wechatTicket unknown, expired or already used. */
  WECHAT_TICKET_INVALID: 422,
  /** This WeChat account, or this user, is already bound to another. */
  WECHAT_ALREADY_BOUND: 409,
  /** The user already completed real-name verification. */
  REAL_NAME_ALREADY_BOUND: 409,
  /** The ID number is bound to another account. */
  ID_NUMBER_IN_USE: 409,
} as const satisfies Record<string, ErrorStatus>

/** The default Chinese message of each code (the bank's answer may be more precise). */
export const AUTH_ERROR_MESSAGES: ErrorMessages<typeof AUTH_ERRORS> = {
  SMS_TOO_FREQUENT: '验证码发送过于频繁，请稍后再试',
  PHONE_LOCKED: '验证码错误次数过多，请稍后再试',
  SMS_CODE_EXPIRED: '验证码已过期，请重新获取',
  SMS_CODE_NOT_SENT: '请先获取短信验证码',
  SMS_CODE_WRONG: '验证码不正确',
  PRIVACY_NOT_ACCEPTED: '请先阅读并同意最新的隐私政策',
  WECHAT_TICKET_INVALID: '微信登录已失效，请重新进入小程序',
  WECHAT_ALREADY_BOUND: '该手机号或微信已绑定其他账户',
  REAL_NAME_ALREADY_BOUND: '您已完成实名认证',
  ID_NUMBER_IN_USE: '该身份证号已绑定其他账户，请联系网点处理',
}
