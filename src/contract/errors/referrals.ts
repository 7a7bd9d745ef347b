// Errors of product referrals (转介).
import type { ErrorSpec } from './spec'

export const REFERRAL_ERRORS = {
  /** The customer already has an open referral for this product; details.referralId. */
  REFERRAL_OPEN: { status: 409, message: '您已提交过该产品的咨询，客户经理将尽快联系您' },
  /** A referral status change that its current status does not allow. */
  INVALID_TRANSITION: { status: 422, message: '当前状态不能进行此操作' },
} as const satisfies Record<string, ErrorSpec>
