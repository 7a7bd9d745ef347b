import type { WechatLoginResult } from '@/contract/auth'
import { PRIVACY_VERSION } from '@/contract/constants'
import { callApi } from '@/services/http/client'
import { signIn } from '@/services/session/session-store'

/** Trades a WeChat login code for a session; the answer says whether a phone must be bound first. */
export async function wechatLogin(code: string, idempotencyKey: string): Promise<WechatLoginResult> {
  const result = await callApi(
    'wechatLogin',
    { body: { code, privacyVersion: PRIVACY_VERSION } },
    { idempotencyKey },
  )
  if (result.status === 'LOGGED_IN') signIn(result.user, { token: result.token })
  return result
}
