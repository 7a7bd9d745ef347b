import type { SmsCodeResult } from '@/contract/auth'
import type { SendCodeOutcome } from '@/components/sms-code-field'
import { toApiError } from '@/services/http/api-error'

/** Runs a "text me a code" call and says how it went, in the SMS field's terms. */
export async function sendCodeOutcome(send: () => Promise<SmsCodeResult>): Promise<SendCodeOutcome> {
  try {
    const { resendAfterSeconds } = await send()
    return { ok: true, resendAfterSeconds }
  } catch (raw) {
    const error = toApiError(raw)
    const retry = error.details?.retryAfterSeconds
    return {
      ok: false,
      code: error.code,
      message: error.message,
      retryAfterSeconds: typeof retry === 'number' ? retry : undefined,
    }
  }
}
