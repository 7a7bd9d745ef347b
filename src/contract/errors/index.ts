// The error table: every code the bank answers with and its HTTP status, by domain; each domain's
// file also gives each code its default Chinese message (gathered in ./messages, which the bank uses
// and the app does not ship: the app shows the bank's own words). Import-free.
import { AUTH_ERRORS } from './auth'
import { CAMPAIGN_ERRORS } from './campaign'
import { COMMON_ERRORS } from './common'
import { COUNTER_ERRORS } from './counter'
import { COUPON_ERRORS } from './coupons'
import { EVENT_ERRORS } from './events'
import { LOAN_ERRORS } from './loans'
import { REDEMPTION_ERRORS } from './redemptions'
import { MERCHANT_ERRORS } from './merchants'
import { REFERRAL_ERRORS } from './referrals'

export type { ErrorMessages, ErrorStatus } from './spec'

/** Every error code and its HTTP status, by domain. */
export const ERRORS = {
  ...COMMON_ERRORS,
  ...AUTH_ERRORS,
  ...COUNTER_ERRORS,
  ...REFERRAL_ERRORS,
  ...LOAN_ERRORS,
  ...COUPON_ERRORS,
  ...REDEMPTION_ERRORS,
  ...MERCHANT_ERRORS,
  ...EVENT_ERRORS,
  ...CAMPAIGN_ERRORS,
} as const

/** A code of the error table (`ErrorBody.code`). */
export type ErrorCode = keyof typeof ERRORS

/**
 * Each code as a value, for the mock and tests. The app compares with literals instead ('SLOT_FULL'),
 * which the compiler checks against ErrorCode just as well, so it does not ship this table.
 */
export const ERROR_CODES = Object.fromEntries(Object.keys(ERRORS).map((code) => [code, code])) as {
  readonly [C in ErrorCode]: C
}

/** Codes any endpoint may answer besides the ones it declares (validation, session, limits, outages). */
export const UNIVERSAL_ERROR_CODES = Object.keys(COMMON_ERRORS) as (keyof typeof COMMON_ERRORS)[]

/** True when `code` is in the table (a real backend may add codes the app does not know yet). */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERRORS, code)
}
