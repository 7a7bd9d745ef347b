import type { Me } from '@/contract/me'
import { callApi } from '@/services/http/client'
import { updateUser } from '@/services/session/session-store'

/** Loads the signed-in user's (masked) profile and pre-approval. */
export async function getMe(): Promise<Me> {
  const me = await callApi('getMe')
  updateUser(me)
  return me
}
