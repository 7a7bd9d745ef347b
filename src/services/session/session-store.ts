import type { Me } from '@/contract/me'
import { loadItem, removeItem, saveItem } from '@/platform/storage'

/** Who is using the app right now, as far as the client knows. */
export type SessionState =
  | { status: 'unknown' }
  /** `expired`: the bank said 401, and the same person may log straight back in. */
  | { status: 'anonymous'; expired?: boolean }
  | { status: 'authenticated'; user: Me }

type Listener = (state: SessionState) => void

const tokenKey = 'session.token'
const lastUserKey = 'session.lastUser'

let state: SessionState = { status: 'unknown' }
// The CSRF token is kept in memory only; after a reload it comes back with GET /auth/session.
let csrfToken: string | undefined
let bearerToken: string | undefined = loadItem<string>(tokenKey)
// The last user signed in on this device, kept through a sign-out and a reload (an opaque id): who
// a re-login must match for the page that asked to carry on.
let lastUserId: string | undefined = loadItem<string>(lastUserKey)
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
  if (lastUserId !== user.id) saveItem(lastUserKey, user.id)
  lastUserId = user.id
  publish({ status: 'authenticated', user })
}

/** Replaces the signed-in user's profile (after real-name binding, say). */
export function updateUser(user: Me): void {
  if (state.status === 'authenticated') publish({ status: 'authenticated', user })
}

/** Forgets the session locally: a logout, or `expired` when the server said 401. */
export function signOut(options: { expired?: boolean } = {}): void {
  csrfToken = undefined
  bearerToken = undefined
  removeItem(tokenKey)
  publish({ status: 'anonymous', ...(options.expired ? { expired: true } : {}) })
}

/** The id of the last user signed in on this device, even after a sign-out. */
export function lastSignedInUserId(): string | undefined {
  return lastUserId
}

/** Credentials the HTTP client attaches to requests. */
export function getCredentials(): { csrfToken?: string; bearerToken?: string } {
  return { csrfToken, bearerToken }
}
