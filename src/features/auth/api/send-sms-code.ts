import type { SmsCodeResult } from '@/contract/auth'
import { callApi } from '@/services/http/client'

/** Asks the bank to text a login code to `phone`. */
export function sendSmsCode(phone: string, idempotencyKey: string): Promise<SmsCodeResult> {
  return callApi('sendSmsCode', { body: { phone } }, { idempotencyKey })
}
