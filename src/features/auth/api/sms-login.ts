import type { LoginResult } from '@/contract/auth'
import { PRIVACY_VERSION } from '@/contract/constants'
import { sessionTransport } from '@/platform/http-adapter'
import { callApi } from '@/services/http/client'
import { signIn } from '@/services/session/session-store'

/** Logs in with phone + SMS code and records the session; binds a pending WeChat identity if given. */
export async function smsLogin(
  input: { phone: string; code: string; wechatTicket?: string },
  idempotencyKey: string,
): Promise<LoginResult> {
  const result = await callApi(
    'smsLogin',
    { body: { ...input, session: sessionTransport, privacyVersion: PRIVACY_VERSION } },
    { idempotencyKey },
  )
  signIn(result.user, { csrfToken: result.csrfToken, token: result.token })
  return result
}
