// Errors of SMS codes, login, WeChat binding and real-name verification.
import type { ErrorMessages, ErrorStatus } from './spec'

export const AUTH_ERRORS = {
  /** An SMS code was sent less than 60 s ago; details.retryAfterSeconds. */
  SMS_TOO_FREQUENT: 429,
  /** The number received its codes for today; details.retryAfterSeconds (until Beijing midnight). */
  SMS_DAILY_LIMIT: 429,
  /** This caller asked for too many codes (per minute or per day); details.retryAfterSeconds. */
  SMS_CALLER_LIMIT: 429,
  /** The bank is sending too many codes right now; details.retryAfterSeconds. */
  SMS_SERVICE_BUSY: 429,
  /** The SMS code has expired. */
  SMS_CODE_EXPIRED: 422,
  /** No SMS code was sent, or it was already used. */
  SMS_CODE_NOT_SENT: 422,
  /** Wrong SMS code; details.attemptsLeft. */
  SMS_CODE_WRONG: 422,
  /** The code took its last wrong guess and is void: ask for a new one. */
  SMS_CODE_SPENT: 422,
  /** privacyVersion is not the current PRIVACY_VERSION. */
  PRIVACY_NOT_ACCEPTED: 422,
  /** The wx.login() code was used before or is older than 5 minutes. */
  WECHAT_CODE_INVALID: 422,
  /** wechatTicket unknown, expired or already used. */
  WECHAT_TICKET_INVALID: 422,
  /** This WeChat account, or this user, is already bound to another. */
  WECHAT_ALREADY_BOUND: 409,
  /** The user already completed real-name verification. */
  REAL_NAME_ALREADY_BOUND: 409,
  /**
   * Name and ID could not be verified: the ID is bound to another account, or the bank's records
   * hold another name for it (one answer for both, so it confirms nothing).
   */
  REAL_NAME_CHECK_FAILED: 422,
  /** Five refused checks today on this account; details.retryAfterSeconds (until Beijing midnight). */
  REAL_NAME_TOO_MANY_ATTEMPTS: 429,
} as const satisfies Record<string, ErrorStatus>

/** The default Chinese message of each code (the bank's answer may be more precise). */
export const AUTH_ERROR_MESSAGES: ErrorMessages<typeof AUTH_ERRORS> = {
  SMS_TOO_FREQUENT: '验证码发送过于频繁，请稍后再试',
  SMS_DAILY_LIMIT: '该手机号今日获取验证码次数已达上限，请明天再试',
  SMS_CALLER_LIMIT: '获取验证码过于频繁，请稍后再试',
  SMS_SERVICE_BUSY: '短信服务繁忙，请稍后再试',
  SMS_CODE_EXPIRED: '验证码已过期，请重新获取',
  SMS_CODE_NOT_SENT: '请先获取短信验证码',
  SMS_CODE_WRONG: '验证码不正确',
  SMS_CODE_SPENT: '验证码错误次数过多，已失效，请重新获取',
  PRIVACY_NOT_ACCEPTED: '请先阅读并同意最新的隐私政策',
  WECHAT_CODE_INVALID: '微信登录已失效，请重试',
  WECHAT_TICKET_INVALID: '微信登录已失效，请重新进入小程序',
  WECHAT_ALREADY_BOUND: '该手机号或微信已绑定其他账户',
  REAL_NAME_ALREADY_BOUND: '您已完成实名认证',
  REAL_NAME_CHECK_FAILED: '身份核验未通过，请核对姓名和身份证号；如仍有疑问，请携带身份证到网点办理',
  REAL_NAME_TOO_MANY_ATTEMPTS: '今日身份核验未通过次数过多，请明天再试，或携带身份证到网点办理',
}
