import Taro from '@tarojs/taro'
import { getSession, lastSignedInUserId } from '@/services/session/session-store'
import { routes } from '@/routes'

// The page that hit a 401 stays on the navigation stack, with everything the user typed, while the
// login page sits on top of it. When the same person logs in, the waiting request is repeated; when
// someone else does (a shared phone), it is dropped, and so is the page with the first person's input.
let waiting: ((loggedIn: boolean) => void) | undefined
let expiredUserId: string | undefined

/** Opens the login page over the current one; resolves true once the same user has logged in again. */
export function requestRelogin(): Promise<boolean> {
  if (waiting) return Promise.resolve(false)
  expiredUserId = lastSignedInUserId()
  return new Promise<boolean>((resolve) => {
    waiting = resolve
    Taro.navigateTo({ url: `${routes.login}?reason=expired` }).catch(() => finishRelogin(false))
  })
}

/** Whether a page is waiting for this login to finish. */
export function isReloginPending(): boolean {
  return waiting !== undefined
}

/**
 * Called by the login page when it succeeds or is left without logging in. Answers what the login
 * page does next: `resume` the page underneath, or `restart` from home because another user logged in.
 */
export function finishRelogin(loggedIn: boolean): 'resume' | 'restart' {
  const resolve = waiting
  waiting = undefined
  const session = getSession()
  // Nobody known before (a first login on this device): nobody else's input can be on the page.
  const sameUser =
    loggedIn &&
    session.status === 'authenticated' &&
    (expiredUserId === undefined || session.user.id === expiredUserId)
  resolve?.(sameUser)
  return loggedIn && !sameUser ? 'restart' : 'resume'
}
