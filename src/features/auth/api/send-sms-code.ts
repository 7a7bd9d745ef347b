import type { SmsCodeResult } from '@/contract/auth'
import { apiClient } from '@/services/http/client'

/** Asks the bank to text a login code to `phone`. */
export function sendSmsCode(phone: string, idempotencyKey: string): Promise<SmsCodeResult> {
  return apiClient.post<SmsCodeResult>(
    '/auth/sms-codes',
    { phone },
    { idempotencyKey, reloginOnUnauthorized: false },
  )
}
