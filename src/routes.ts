// Every route the app navigates to, in one place; test/unit/routes.test.ts checks them against app.config.

/** Absolute page paths for Taro navigation. */
export const routes = {
  home: '/pages/home/index',
  coupons: '/pages/coupons/index',
  me: '/pages/me/index',
  login: '/packages/auth/login/index',
  realName: '/packages/auth/real-name/index',
  privacyPolicy: '/packages/auth/privacy/index',
  branches: '/packages/counter/branches/index',
  branch: '/packages/counter/branch/index',
  book: '/packages/counter/book/index',
  booking: '/packages/counter/booking/index',
  bookings: '/packages/counter/bookings/index',
  products: '/packages/counter/products/index',
  product: '/packages/counter/product/index',
  referrals: '/packages/counter/referrals/index',
  referral: '/packages/counter/referral/index',
  staffCheckIn: '/packages/staff/check-in/index',
  staffReferrals: '/packages/staff/referrals/index',
  staffReferral: '/packages/staff/referral/index',
  messages: '/packages/inbox/messages/index',
  loanCalculator: '/packages/loan/calculator/index',
  loanHome: '/packages/loan/home/index',
  loanApply: '/packages/loan/apply/index',
  loanSign: '/packages/loan/sign/index',
  loanDrawdown: '/packages/loan/drawdown/index',
  loans: '/packages/loan/loans/index',
  loan: '/packages/loan/loan/index',
  loanPaper: '/packages/loan/paper/index',
  couponBatch: '/packages/coupon/batch/index',
  myCoupons: '/packages/coupon/mine/index',
  couponMerchants: '/packages/coupon/merchants/index',
  couponMerchant: '/packages/coupon/merchant/index',
} as const

/** Pages reached with switchTab rather than navigateTo. */
export const tabRoutes: readonly string[] = [routes.home, routes.coupons, routes.me]
