import type { RealNameRequest } from '@/contract/me'
import { callApi } from '@/services/http/client'
import { updateUser } from '@/services/session/session-store'

/**
 * Binds the user's legal name and resident ID. Answers the updated (masked) profile, or, for a
 * household with a pre-approved limit, CODE_SENT: a code went to the phone the bank holds for it,
 * and the same request with that smsCode binds.
 */
export async function bindRealName(input: RealNameRequest, idempotencyKey: string) {
  const answer = await callApi('bindRealName', { body: input }, { idempotencyKey })
  if (!('status' in answer)) updateUser(answer)
  return answer
}
