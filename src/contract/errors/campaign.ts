// Errors of campaign sharing (推广): who may get a link for what. Visits never fail on a well-formed
// code (an unknown or expired code is answered silently), so they have no codes here.
import type { ErrorMessages, ErrorStatus } from './spec'

export const CAMPAIGN_ERRORS = {
  /** A customer asked for an event link without holding a sign-up for it, or for a product link. */
  CAMPAIGN_LINK_NOT_ALLOWED: 422,
  /** A new link was asked for an event that has ended (an existing link is answered as it is). */
  CAMPAIGN_TARGET_CLOSED: 422,
} as const satisfies Record<string, ErrorStatus>

/** The default Chinese message of each code (the bank's answer may be more precise). */
export const CAMPAIGN_ERROR_MESSAGES: ErrorMessages<typeof CAMPAIGN_ERRORS> = {
  CAMPAIGN_LINK_NOT_ALLOWED: '报名参加该活动后即可邀请亲友',
  CAMPAIGN_TARGET_CLOSED: '活动已结束，无法再邀请',
}
