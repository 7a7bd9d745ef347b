// What converts a credited sign-up: the person booked a counter visit (not cancelled), submitted a
// loan application or claimed a coupon after signing up, within CAMPAIGN_CONVERSION_DAYS. One SQL
// expression, so 我的推广 and the bulletin count the same way.
import { CAMPAIGN_CONVERSION_DAYS } from '../../../src/contract/constants'

/** Milliseconds after a sign-up in which a step converts it (the `:convMs` parameter). */
export const CONVERSION_WINDOW_MS = CAMPAIGN_CONVERSION_DAYS * 86_400_000

/** SQL 0/1: whether the event_signups row aliased `s` converted. Binds `:convMs`. */
export const converted = (s: string): string => `(
  EXISTS (SELECT 1 FROM bookings b WHERE b.customer_id = ${s}.user_id AND b.status != 'cancelled'
          AND b.created_at > ${s}.created_at AND b.created_at <= ${s}.created_at + :convMs)
  OR EXISTS (SELECT 1 FROM loan_applications a WHERE a.customer_id = ${s}.user_id
          AND a.submitted_at > ${s}.created_at AND a.submitted_at <= ${s}.created_at + :convMs)
  OR EXISTS (SELECT 1 FROM coupons c WHERE c.owner_id = ${s}.user_id
          AND c.claimed_at > ${s}.created_at AND c.claimed_at <= ${s}.created_at + :convMs))`
