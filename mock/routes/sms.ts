// Texting a code, shared by login, contract signing, drawdown and real-name verification.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { SmsCodeResult } from '../../src/contract/auth'
import type { SmsPurpose } from '../../src/contract/constants'
import { nowMs } from '../deps'
import { callerAddress } from '../http/caller-address'
import { SMS_CODE_SENT, sendSmsCode } from '../store/auth/sms'

/** Issues a code for `purpose` (429 at any limit), "texts" it and answers 202's body. */
export function textCode(
  app: FastifyInstance,
  request: FastifyRequest,
  phone: string,
  purpose: SmsPurpose,
  /** What the code will confirm, when the purpose alone does not say (see SendContext.subject). */
  subject?: string,
): SmsCodeResult {
  const code = sendSmsCode(app.deps.db, phone, purpose, {
    ...callerAddress(request.ip),
    nowMs: nowMs(app.deps),
    secret: app.deps.secrets.data,
    outbox: app.deps.mode === 'development',
    subject,
  })
  app.deps.onSms(phone, code, purpose)
  return SMS_CODE_SENT
}
