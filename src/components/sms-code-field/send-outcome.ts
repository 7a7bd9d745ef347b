import type { SmsCodeResult } from '@/contract/auth'
import { toApiError, type ApiError } from '@/services/http/api-error'
import type { SendCodeOutcome } from '.'

/**
 * Runs a "text me a code" call and says how it went in the field's terms; `onRefused` sees the
 * bank's refusal first (to react to its code) and may return the message to show instead.
 */
export async function sendCodeOutcome(
  send: () => Promise<SmsCodeResult>,
  onRefused?: (error: ApiError) => void,
): Promise<SendCodeOutcome> {
  try {
    return { ok: true, sent: await send() }
  } catch (raw) {
    const error = toApiError(raw)
    onRefused?.(error)
    return { ok: false, message: error.message, retryAfterSeconds: error.retryAfterSeconds }
  }
}
