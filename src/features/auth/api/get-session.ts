import { callApi } from '@/services/http/client'
import { getSession, signIn, signOut } from '@/services/session/session-store'

let pending: Promise<boolean> | undefined

/**
 * Asks the server who is logged in (at start, or again after a failed start); anonymous on 401.
 * Resolves false when the bank could not be reached, leaving the session "unknown".
 */
export function restoreSession(): Promise<boolean> {
  pending ??= callApi('getSession', {}, { reloginOnUnauthorized: false })
    .then((info) => {
      signIn(info.user, { csrfToken: info.csrfToken })
      return true
    })
    .catch((error: { status?: number }) => {
      if (error.status !== 401) return false
      if (getSession().status === 'unknown') signOut()
      return true
    })
    .finally(() => {
      pending = undefined
    })
  return pending
}
