import type { SessionResult } from '@/contract/auth'
import { apiClient } from '@/services/http/client'
import { getSession, signIn, signOut } from '@/services/session/session-store'

/** Asks the server who is logged in (after a reload or app start); anonymous on 401. */
export async function restoreSession(): Promise<void> {
  try {
    const info = await apiClient.get<SessionResult>('/auth/session', { reloginOnUnauthorized: false })
    signIn(info.user, { csrfToken: info.csrfToken })
  } catch (error) {
    // Offline at start: stay "unknown" so pages can say so; a 401 already signed us out.
    if (getSession().status === 'unknown' && (error as { status?: number }).status === 401) signOut()
  }
}
