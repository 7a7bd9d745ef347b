import type { Me } from '@/contract/me'
import { apiClient } from '@/services/http/client'
import { updateUser } from '@/services/session/session-store'

/** Loads the signed-in user's (masked) profile and pre-approval. */
export async function getMe(): Promise<Me> {
  const me = await apiClient.get<Me>('/me')
  updateUser(me)
  return me
}
