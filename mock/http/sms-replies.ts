// SMS answers shared by login, contract signing and drawdown: one set of codes and Chinese messages.
import type { FastifyInstance } from 'fastify'
import type { SmsCodeResult } from '../../src/contract/auth'
import {
  ERROR_CODES,
  SMS_CODE_TTL_SECONDS,
  SMS_RESEND_SECONDS,
  type SmsPurpose,
} from '../../src/contract/constants'
import { nowMs } from '../deps'
import { sendSmsCode, type CheckCodeResult } from '../store/sms'
import { BusinessError } from './errors'

/** 429 PHONE_LOCKED with the minutes left in the message. */
export const phoneLocked = (retryAfterSeconds: number) =>
  new BusinessError(
    429,
    ERROR_CODES.PHONE_LOCKED,
    `验证码错误次数过多，请${Math.ceil(retryAfterSeconds / 60)}分钟后再试`,
    { retryAfterSeconds },
  )

/**
 * The error for a refused code. With `field`, details.fields points at the input too, so a form
 * (contract signing, drawdown) can show the message under its code box.
 */
export function smsCheckFailure(
  outcome: Exclude<CheckCodeResult, { kind: 'ok' }>,
  field?: string,
): BusinessError {
  const error = smsCheckError(outcome)
  if (!field) return error
  const fields = [{ field, message: error.message }]
  return new BusinessError(error.status, error.code, error.message, { ...error.details, fields })
}

function smsCheckError(outcome: Exclude<CheckCodeResult, { kind: 'ok' }>): BusinessError {
  switch (outcome.kind) {
    case 'locked':
      return phoneLocked(outcome.retryAfterSeconds)
    case 'not_sent':
      return new BusinessError(422, ERROR_CODES.SMS_CODE_NOT_SENT, '请先获取短信验证码')
    case 'expired':
      return new BusinessError(422, ERROR_CODES.SMS_CODE_EXPIRED, '验证码已过期，请重新获取')
    case 'wrong':
      return new BusinessError(
        422,
        ERROR_CODES.SMS_CODE_WRONG,
        `验证码不正确，还可尝试${outcome.attemptsLeft}次`,
        { attemptsLeft: outcome.attemptsLeft },
      )
  }
}

/** Sends a code for `purpose` to `phone` and answers 202's body; 429 when too soon or locked. */
export function sendCodeOrThrow(app: FastifyInstance, phone: string, purpose: SmsPurpose): SmsCodeResult {
  const result = sendSmsCode(app.deps.db, phone, nowMs(app.deps), purpose)
  if (result.kind === 'locked') throw phoneLocked(result.retryAfterSeconds)
  if (result.kind !== 'sent') {
    const { retryAfterSeconds } = result
    throw new BusinessError(
      429,
      ERROR_CODES.SMS_TOO_FREQUENT,
      `验证码发送过于频繁，请${retryAfterSeconds}秒后再试`,
      { retryAfterSeconds },
    )
  }
  app.deps.onSms(phone, result.code, purpose)
  return { resendAfterSeconds: SMS_RESEND_SECONDS, expiresInSeconds: SMS_CODE_TTL_SECONDS }
}
