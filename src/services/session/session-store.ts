import type { Me } from '@/contract/me'
import { loadItem, removeItem, saveItem } from '@/platform/storage'

/** Who is using the app right now, as far as the client knows. */
export type SessionState =
  { status: 'unknown' } | { status: 'anonymous' } | { status: 'authenticated'; user: Me }

type Listener = (state: SessionState) => void

const tokenKey = 'session.token'

let state: SessionState = { status: 'unknown' }
// The CSRF token is kept in memory only; after a reload it comes back with GET /auth/session.
let csrfToken: string | undefined
let bearerToken: string | undefined = loadItem<string>(tokenKey)
const listeners = new Set<Listener>()

function publish(next: SessionState): void {
  state = next
  listeners.forEach((listener) => listener(state))
}

/** The current session state. */
export function getSession(): SessionState {
  return state
}

/** Subscribes to session changes; returns the unsubscribe function. */
export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Records a successful login or session check. */
export function signIn(user: Me, credentials: { csrfToken?: string; token?: string }): void {
  csrfToken = credentials.csrfToken ?? csrfToken
  if (credentials.token) {
    bearerToken = credentials.token
    saveItem(tokenKey, credentials.token)
  }
  publish({ status: 'authenticated', user })
}

/** Replaces the signed-in user's profile (after real-name binding, say). */
export function updateUser(user: Me): void {
  if (state.status === 'authenticated') publish({ status: 'authenticated', user })
}

/** Forgets the session locally (logout, or the server said 401). */
export function signOut(): void {
  csrfToken = undefined
  bearerToken = undefined
  removeItem(tokenKey)
  publish({ status: 'anonymous' })
}

/** Credentials the HTTP client attaches to requests. */
export function getCredentials(): { csrfToken?: string; bearerToken?: string } {
  return { csrfToken, bearerToken }
}
