import Taro from '@tarojs/taro'
import { routes } from '@/routes'

// The page that hit a 401 stays on the navigation stack, with everything the user typed, while the
// login page sits on top of it. When login ends, the waiting request is repeated (or given up).
let waiting: ((loggedIn: boolean) => void) | undefined

/** Opens the login page over the current one; resolves true once the user has logged in again. */
export function requestRelogin(): Promise<boolean> {
  if (waiting) return Promise.resolve(false)
  return new Promise<boolean>((resolve) => {
    waiting = resolve
    Taro.navigateTo({ url: `${routes.login}?reason=expired` }).catch(() => finishRelogin(false))
  })
}

/** Whether a page is waiting for this login to finish. */
export function isReloginPending(): boolean {
  return waiting !== undefined
}

/** Called by the login page when it succeeds or is left without logging in. */
export function finishRelogin(loggedIn: boolean): void {
  const resolve = waiting
  waiting = undefined
  resolve?.(loggedIn)
}
