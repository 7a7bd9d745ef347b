// Every route the app navigates to, in one place; test/unit/routes.test.ts checks them against app.config.

/** Absolute page paths for Taro navigation. */
export const routes = {
  home: '/pages/home/index',
  me: '/pages/me/index',
  login: '/packages/auth/login/index',
  realName: '/packages/auth/real-name/index',
  privacyPolicy: '/packages/auth/privacy/index',
} as const

/** Pages reached with switchTab rather than navigateTo. */
export const tabRoutes: readonly string[] = [routes.home, routes.me]
