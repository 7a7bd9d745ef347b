// Texting a code, shared by login, contract signing and drawdown.
import type { FastifyInstance } from 'fastify'
import type { SmsCodeResult } from '../../src/contract/auth'
import type { SmsPurpose } from '../../src/contract/constants'
import { nowMs } from '../deps'
import { SMS_CODE_SENT, sendSmsCode } from '../store/auth/sms'

/** Issues a code for `purpose` (429 when too soon or locked), "texts" it and answers 202's body. */
export function textCode(app: FastifyInstance, phone: string, purpose: SmsPurpose): SmsCodeResult {
  const code = sendSmsCode(app.deps.db, phone, nowMs(app.deps), purpose)
  app.deps.onSms(phone, code, purpose)
  return SMS_CODE_SENT
}
