import type { SmsCodeResult } from '@/contract/auth'
import { toApiError, type ApiError } from '@/services/http/api-error'

/** What asking for a code ended with; a refusal without a message was shown by the caller. */
export type SendCodeOutcome =
  { ok: true; sent: SmsCodeResult } | { ok: false; message?: string; retryAfterSeconds?: number }

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
