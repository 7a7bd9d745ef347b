import { callApi } from '@/services/http/client'
import { signOut } from '@/services/session/session-store'

/** Ends the session on the server and forgets it here, even if the server cannot be reached. */
export async function logout(): Promise<void> {
  try {
    await callApi('logout')
  } finally {
    signOut()
  }
}
