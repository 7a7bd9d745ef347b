// Errors of campaign events: signing up, cancelling, the check-in pass and check-in at the venue.
import type { ErrorMessages, ErrorStatus } from './spec'

export const EVENT_ERRORS = {
  /** The event has started or ended: no more sign-ups. */
  EVENT_SIGNUP_CLOSED: 422,
  /** The customer already holds a sign-up (registered or waitlisted) for the event. */
  EVENT_ALREADY_SIGNED_UP: 409,
  /** The event has started: a sign-up can no longer be cancelled. */
  EVENT_CANCEL_CLOSED: 422,
  /** The sign-up was cancelled already (or the event is over). */
  EVENT_SIGNUP_NOT_ACTIVE: 409,
  /** Only a registered sign-up has a check-in pass (not a waitlisted or cancelled one). */
  EVENT_PASS_UNAVAILABLE: 422,
  /** Check-in opens EVENT_CHECK_IN_OPENS_MINUTES before the start and closes at the end. */
  EVENT_CHECK_IN_CLOSED: 422,
  /** The sign-up was checked in already. */
  EVENT_ALREADY_CHECKED_IN: 409,
  /** The person is on the waitlist: they have no place (yet). */
  EVENT_SIGNUP_WAITLISTED: 422,
  /** The sign-up was cancelled. */
  EVENT_SIGNUP_CANCELLED: 422,
} as const satisfies Record<string, ErrorStatus>

/** The default Chinese message of each code (the bank's answer may be more precise). */
export const EVENT_ERROR_MESSAGES: ErrorMessages<typeof EVENT_ERRORS> = {
  EVENT_SIGNUP_CLOSED: '活动已开始或已结束，无法报名',
  EVENT_ALREADY_SIGNED_UP: '您已报名该活动，无需重复报名',
  EVENT_CANCEL_CLOSED: '活动已开始，无法取消报名',
  EVENT_SIGNUP_NOT_ACTIVE: '该报名已取消或活动已结束',
  EVENT_PASS_UNAVAILABLE: '报名成功后才有签到码',
  EVENT_CHECK_IN_CLOSED: '不在活动签到时间内',
  EVENT_ALREADY_CHECKED_IN: '该客户已签到，无需重复签到',
  EVENT_SIGNUP_WAITLISTED: '该客户在候补名单中，尚未获得名额',
  EVENT_SIGNUP_CANCELLED: '该报名已取消',
}
