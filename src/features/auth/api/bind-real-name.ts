import type { Me } from '@/contract/me'
import { callApi } from '@/services/http/client'
import { updateUser } from '@/services/session/session-store'

/** Binds the user's legal name and resident ID; answers the updated (masked) profile. */
export async function bindRealName(
  input: { name: string; idNumber: string },
  idempotencyKey: string,
): Promise<Me> {
  const me = await callApi('bindRealName', { body: input }, { idempotencyKey })
  updateUser(me)
  return me
}
