// The default Chinese message of every error code. The bank answers with it unless a refusal says
// more; the app never needs it (it shows what the bank said), so only the mock imports this module.
import { AUTH_ERROR_MESSAGES } from './auth'
import { CAMPAIGN_ERROR_MESSAGES } from './campaign'
import { COMMON_ERROR_MESSAGES } from './common'
import { COUNTER_ERROR_MESSAGES } from './counter'
import { COUPON_ERROR_MESSAGES } from './coupons'
import { EVENT_ERROR_MESSAGES } from './events'
import type { ErrorCode } from './index'
import { LOAN_ERROR_MESSAGES } from './loans'
import { REDEMPTION_ERROR_MESSAGES } from './redemptions'
import { MERCHANT_ERROR_MESSAGES } from './merchants'
import { REFERRAL_ERROR_MESSAGES } from './referrals'

export const ERROR_MESSAGES: Readonly<Record<ErrorCode, string>> = {
  ...COMMON_ERROR_MESSAGES,
  ...AUTH_ERROR_MESSAGES,
  ...COUNTER_ERROR_MESSAGES,
  ...REFERRAL_ERROR_MESSAGES,
  ...LOAN_ERROR_MESSAGES,
  ...COUPON_ERROR_MESSAGES,
  ...REDEMPTION_ERROR_MESSAGES,
  ...MERCHANT_ERROR_MESSAGES,
  ...EVENT_ERROR_MESSAGES,
  ...CAMPAIGN_ERROR_MESSAGES,
}
