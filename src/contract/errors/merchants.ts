// Errors of merchant onboarding and promo codes.
import type { ErrorMessages, ErrorStatus } from './spec'

export const MERCHANT_ERRORS = {
  /** The promo code's printing has expired. */
  PROMO_CODE_EXPIRED: 422,
} as const satisfies Record<string, ErrorStatus>

/** The default Chinese message of each code. */
export const MERCHANT_ERROR_MESSAGES: ErrorMessages<typeof MERCHANT_ERRORS> = {
  PROMO_CODE_EXPIRED: '该推广码已过期',
}
