// Errors of product referrals (转介).
import type { ErrorMessages, ErrorStatus } from './spec'

export const REFERRAL_ERRORS = {
  /** The customer already has an open referral for this product; details.referralId. */
  REFERRAL_OPEN: 409,
  /** A referral status change that its current status does not allow. */
  INVALID_TRANSITION: 422,
} as const satisfies Record<string, ErrorStatus>

/** The default Chinese message of each code (the bank's answer may be more precise). */
export const REFERRAL_ERROR_MESSAGES: ErrorMessages<typeof REFERRAL_ERRORS> = {
  REFERRAL_OPEN: '您已提交过该产品的咨询，客户经理将尽快联系您',
  INVALID_TRANSITION: '当前状态不能进行此操作',
}
