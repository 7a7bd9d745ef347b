// Every operation of the bank API: its method, path and who may call it. Import-free, so the app
// ships these few strings and not the schema library; `api.ts` adds each operation's schemas and
// error codes under the same name, and the compiler keeps the two in step.

/** Who may call an operation: anyone, any logged-in user, one role, or the mock's dev tools. */
export type EndpointAccess = 'public' | 'session' | 'customer' | 'merchant' | 'staff' | 'dev'

/** HTTP methods the API uses. */
export type EndpointMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** Where an operation lives; path parameters are written `:name`. */
export interface EndpointRoute {
  method: EndpointMethod
  /** Under API_BASE_PATH, e.g. /bookings/:id/cancel. */
  path: string
  access: EndpointAccess
}

export const ENDPOINTS = {
  getHealth: { method: 'GET', path: '/health', access: 'public' },

  // Sign-in and the current user
  sendSmsCode: { method: 'POST', path: '/auth/sms-codes', access: 'public' },
  smsLogin: { method: 'POST', path: '/auth/sms-login', access: 'public' },
  wechatLogin: { method: 'POST', path: '/auth/wechat-login', access: 'public' },
  getSession: { method: 'GET', path: '/auth/session', access: 'session' },
  logout: { method: 'POST', path: '/auth/logout', access: 'public' },
  getMe: { method: 'GET', path: '/me', access: 'session' },
  bindRealName: { method: 'POST', path: '/me/real-name', access: 'session' },

  // Cloud counter
  listBranches: { method: 'GET', path: '/branches', access: 'public' },
  getBranch: { method: 'GET', path: '/branches/:branchId', access: 'public' },
  listBusinessDays: { method: 'GET', path: '/branches/:branchId/days', access: 'public' },
  listSlots: { method: 'GET', path: '/branches/:branchId/slots', access: 'public' },
  createBooking: { method: 'POST', path: '/bookings', access: 'customer' },
  listBookings: { method: 'GET', path: '/bookings', access: 'customer' },
  getBooking: { method: 'GET', path: '/bookings/:id', access: 'customer' },
  cancelBooking: { method: 'POST', path: '/bookings/:id/cancel', access: 'customer' },
  rescheduleBooking: { method: 'POST', path: '/bookings/:id/reschedule', access: 'customer' },
  checkIn: { method: 'POST', path: '/staff/check-ins', access: 'staff' },
  listTodayBookings: { method: 'GET', path: '/staff/bookings/today', access: 'staff' },

  // Merchant coupons
  listCouponBatches: { method: 'GET', path: '/coupons/batches', access: 'public' },
  getCouponBatch: { method: 'GET', path: '/coupons/batches/:id', access: 'public' },
  claimCoupon: { method: 'POST', path: '/coupons/batches/:id/claims', access: 'customer' },
  listMyCoupons: { method: 'GET', path: '/coupons/mine', access: 'customer' },
  getMyCoupon: { method: 'GET', path: '/coupons/mine/:id', access: 'customer' },
  getRedeemToken: { method: 'GET', path: '/coupons/mine/:id/token', access: 'customer' },

  // Redeeming coupons at the till (merchants)
  lookupCoupon: { method: 'POST', path: '/merchant/coupon-lookups', access: 'merchant' },
  redeemCoupon: { method: 'POST', path: '/merchant/redemptions', access: 'merchant' },
  reverseRedemption: { method: 'POST', path: '/merchant/redemptions/:id/reversal', access: 'merchant' },
  listRedemptionDays: { method: 'GET', path: '/merchant/redemption-days', access: 'merchant' },
  getStatement: { method: 'GET', path: '/merchant/statements/:date', access: 'merchant' },

  // Campaign events (活动): sign-up, waitlist and check-in
  listEvents: { method: 'GET', path: '/events', access: 'public' },
  getEvent: { method: 'GET', path: '/events/:id', access: 'public' },
  signUpForEvent: { method: 'POST', path: '/events/:id/signups', access: 'customer' },
  listMyEventSignups: { method: 'GET', path: '/event-signups', access: 'customer' },
  cancelEventSignup: { method: 'POST', path: '/event-signups/:id/cancel', access: 'customer' },
  getEventPass: { method: 'GET', path: '/event-signups/:id/pass', access: 'customer' },
  listEventTemplates: { method: 'GET', path: '/staff/event-templates', access: 'staff' },
  createEvent: { method: 'POST', path: '/staff/events', access: 'staff' },
  listHostedEvents: { method: 'GET', path: '/staff/events', access: 'staff' },
  checkInAtEvent: { method: 'POST', path: '/staff/event-check-ins', access: 'staff' },
  getEventVenueCode: { method: 'GET', path: '/staff/events/:id/venue-code', access: 'staff' },
  checkInAtVenue: { method: 'POST', path: '/event-signups/:id/venue-check-in', access: 'customer' },

  // Campaign sharing (推广): links, visits, 我的推广 and the branch bulletin
  recordCampaignVisit: { method: 'POST', path: '/campaign-visits', access: 'public' },
  getMyCampaignLink: { method: 'POST', path: '/campaign-links', access: 'customer' },
  getStaffCampaignLink: { method: 'POST', path: '/staff/campaign-links', access: 'staff' },
  listStaffCampaignLinks: { method: 'GET', path: '/staff/campaign-links', access: 'staff' },
  getCampaignStats: { method: 'GET', path: '/staff/campaign-links/:code/stats', access: 'staff' },
  listCampaignPeople: { method: 'GET', path: '/staff/campaign-links/:code/people', access: 'staff' },
  getBranchBulletin: { method: 'GET', path: '/staff/branch-bulletin', access: 'staff' },

  // Merchant onboarding and promo codes
  createMerchantApplication: { method: 'POST', path: '/merchant-applications', access: 'customer' },
  recordPromoVisit: { method: 'POST', path: '/promo-codes/:code/visits', access: 'public' },
  getMyPromoCode: { method: 'GET', path: '/merchant/promo-code', access: 'merchant' },
  listMerchants: { method: 'GET', path: '/merchants', access: 'public' },
  getMerchant: { method: 'GET', path: '/merchants/:id', access: 'public' },

  // Product referrals
  listProducts: { method: 'GET', path: '/products', access: 'public' },
  listTowns: { method: 'GET', path: '/towns', access: 'public' },
  createReferral: { method: 'POST', path: '/referrals', access: 'customer' },
  listReferrals: { method: 'GET', path: '/referrals', access: 'customer' },
  getReferral: { method: 'GET', path: '/referrals/:id', access: 'customer' },
  listStaffReferrals: { method: 'GET', path: '/staff/referrals', access: 'staff' },
  openStaffReferral: { method: 'GET', path: '/staff/referrals/:id', access: 'staff' },
  updateReferralStatus: { method: 'POST', path: '/staff/referrals/:id/status', access: 'staff' },

  // Message centre
  listMessages: { method: 'GET', path: '/messages', access: 'session' },
  readAllMessages: { method: 'POST', path: '/messages/read-all', access: 'session' },
  readMessage: { method: 'POST', path: '/messages/:id/read', access: 'session' },

  // Sunshine e-loan: application and signing
  listLoanDocuments: { method: 'GET', path: '/loan/documents', access: 'public' },
  getLoanOverview: { method: 'GET', path: '/loan/overview', access: 'customer' },
  startLoanApplication: { method: 'POST', path: '/loan/applications', access: 'customer' },
  getLoanApplication: { method: 'GET', path: '/loan/applications/:id', access: 'customer' },
  saveLoanDraft: { method: 'PUT', path: '/loan/applications/:id/draft', access: 'customer' },
  saveLoanCard: { method: 'PUT', path: '/loan/applications/:id/card', access: 'customer' },
  agreeToLoanDocument: { method: 'POST', path: '/loan/applications/:id/consents', access: 'customer' },
  createFaceChallenge: { method: 'POST', path: '/loan/applications/:id/face-challenge', access: 'customer' },
  verifyFace: { method: 'POST', path: '/loan/applications/:id/face', access: 'customer' },
  submitLoanApplication: { method: 'POST', path: '/loan/applications/:id/submit', access: 'customer' },
  getApplicationContract: { method: 'GET', path: '/loan/applications/:id/contract', access: 'customer' },
  sendSignCode: { method: 'POST', path: '/loan/applications/:id/sign-code', access: 'customer' },
  signLoanContract: { method: 'POST', path: '/loan/applications/:id/sign', access: 'customer' },

  // Sunshine e-loan: drawdown, loans and repayment
  sendDrawdownCode: { method: 'POST', path: '/loan/drawdown-code', access: 'customer' },
  drawdown: { method: 'POST', path: '/loan/drawdowns', access: 'customer' },
  listLoans: { method: 'GET', path: '/loans', access: 'customer' },
  getLoan: { method: 'GET', path: '/loans/:id', access: 'customer' },
  sendRepaymentCode: { method: 'POST', path: '/loans/:id/repayment-code', access: 'customer' },
  repayInstalment: { method: 'POST', path: '/loans/:id/repayments', access: 'customer' },
  getEarlyRepaymentQuote: { method: 'GET', path: '/loans/:id/early-repayment-quote', access: 'customer' },
  repayEarly: { method: 'POST', path: '/loans/:id/early-repayment', access: 'customer' },
  getLoanContract: { method: 'GET', path: '/loans/:id/contract', access: 'customer' },
  getSettlementCertificate: { method: 'GET', path: '/loans/:id/settlement-certificate', access: 'customer' },

  // The mock's development tools (never part of a real backend)
  listSmsOutbox: { method: 'GET', path: '/dev/sms-outbox', access: 'dev' },
  getFaults: { method: 'GET', path: '/dev/faults', access: 'dev' },
  setFaults: { method: 'PUT', path: '/dev/faults', access: 'dev' },
  getClock: { method: 'GET', path: '/dev/clock', access: 'dev' },
  setClock: { method: 'PUT', path: '/dev/clock', access: 'dev' },
  resetStore: { method: 'POST', path: '/dev/reset', access: 'dev' },
  expireSessions: { method: 'POST', path: '/dev/sessions/expire', access: 'dev' },
} as const satisfies Record<string, EndpointRoute>

/** The name of an operation, e.g. 'createBooking'. */
export type EndpointName = keyof typeof ENDPOINTS

/** The `:name` parameters of a path, as a union of names. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never

/** `path` with each `:name` replaced by its encoded value. */
export function fillPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined || value === '') throw new Error(`missing path parameter ${name} of ${path}`)
    return encodeURIComponent(String(value))
  })
}
