// Campaign events: the list and an event (anyone), signing up, cancelling and the check-in pass
// (customers), templates, publishing and check-in at the venue (staff).
import { EmptyRequest } from '../common'
import {
  CreateEventRequest,
  EventCheckInRequest,
  EventCheckInResult,
  EventDetail,
  EventListQuery,
  EventPage,
  EventParams,
  EventPass,
  EventSignup,
  EventSignupParams,
  EventSignupRequest,
  EventTemplateList,
  EventVenueCode,
  HostedEventList,
  MyEventSignup,
  MyEventSignups,
  VenueCheckInRequest,
} from '../events'
import type { EndpointSpec } from './spec'

const tag = 'events'

export const EVENT_API = {
  listEvents: {
    tag,
    summary: '活动列表',
    description:
      'Published events a page at a time, by town and type: upcoming (not yet ended, soonest first) or ' +
      'past (latest first). placesLeft counts people; 0 means new sign-ups join the waitlist.',
    query: EventListQuery,
    response: { 200: EventPage },
    errors: [],
  },
  getEvent: {
    tag,
    summary: '活动详情',
    description:
      'The description is HTML the bank sanitised before storing it and sanitises again here. Loan ' +
      'products come with their APR range. A logged-in customer also gets their own sign-up.',
    params: EventParams,
    response: { 200: EventDetail },
    errors: [],
  },
  signUpForEvent: {
    tag,
    summary: '活动报名',
    description:
      'One transaction: the event must not have started; one active sign-up per customer and event; ' +
      'the party registers when it fits in the places left (people), else joins the waitlist. Never ' +
      'over capacity under concurrency. An Idempotency-Key makes a retry answer the first.',
    params: EventParams,
    body: EventSignupRequest,
    response: { 201: EventSignup },
    errors: ['EVENT_SIGNUP_CLOSED', 'EVENT_ALREADY_SIGNED_UP'],
  },
  listMyEventSignups: {
    tag,
    summary: '我的活动',
    description:
      'The customer’s sign-ups, upcoming events first: 已报名, 候补第N位, 已签到, 未到场 (registered ' +
      'when the event ended), 已取消, 未候补上.',
    response: { 200: MyEventSignups },
    errors: [],
  },
  cancelEventSignup: {
    tag,
    summary: '取消报名',
    description:
      'Until the event starts. Freed places go to the waitlist in order (the first whose party fits, ' +
      'repeatedly); each promoted customer gets a message. Another customer’s sign-up is 404.',
    params: EventSignupParams,
    body: EmptyRequest,
    response: { 200: EventSignup },
    errors: ['EVENT_CANCEL_CLOSED', 'EVENT_SIGNUP_NOT_ACTIVE'],
  },
  getEventPass: {
    tag,
    summary: '活动签到码',
    description: 'A signed QR for a registered sign-up, valid until the event ends, and its numeric code.',
    params: EventSignupParams,
    response: { 200: EventPass },
    errors: ['EVENT_PASS_UNAVAILABLE'],
  },
  listEventTemplates: {
    tag: 'staff',
    summary: '活动模板（员工）',
    description: 'Templates to publish from, and the towns an event may be held in.',
    response: { 200: EventTemplateList },
    errors: ['NOT_YOUR_BRANCH'],
  },
  createEvent: {
    tag: 'staff',
    summary: '发布活动（员工）',
    description:
      "From a template: the staff member's branch hosts it. Start in the future (within " +
      'EVENT_MAX_DAYS_AHEAD days), end after start (at most EVENT_MAX_HOURS later), capacity 1–500; ' +
      'a description given replaces the template’s and is sanitised before it is stored.',
    body: CreateEventRequest,
    response: { 201: EventDetail },
    errors: ['NOT_YOUR_BRANCH'],
  },
  listHostedEvents: {
    tag: 'staff',
    summary: '本网点活动（员工）',
    description:
      "The events the staff member's branch hosts that have not ended, soonest first (at most " +
      'EVENT_HOSTED_LIST_MAX): what 活动签到 checks people in to.',
    response: { 200: HostedEventList },
    errors: ['NOT_YOUR_BRANCH'],
  },
  checkInAtEvent: {
    tag: 'staff',
    summary: '活动签到（员工）',
    description:
      'A scanned pass, or the event and a typed code, for staff of the host branch. Refusals in this ' +
      'order: too many wrong typed codes (scans stay open), bad or expired QR, another branch (judged ' +
      'before a typed code, which is then neither checked nor counted), wrong code (counted against ' +
      'the staff member), outside the check-in time, cancelled, waitlisted, already checked in.',
    body: EventCheckInRequest,
    response: { 200: EventCheckInResult },
    errors: [
      'CHECK_IN_TOO_MANY_ATTEMPTS',
      'QR_INVALID',
      'QR_EXPIRED',
      'CHECK_IN_CODE_WRONG',
      'NOT_YOUR_BRANCH',
      'EVENT_CHECK_IN_CLOSED',
      'EVENT_SIGNUP_CANCELLED',
      'EVENT_SIGNUP_WAITLISTED',
      'EVENT_ALREADY_CHECKED_IN',
    ],
  },
  getEventVenueCode: {
    tag: 'staff',
    summary: '现场签到码（员工）',
    description:
      'The QR staff of the host branch show at the venue while check-in is open (from 2 hours before ' +
      'the start to the end): CC1.V.<eventId>.<exp>.<sig>, alive 90 s, so the page asks for a new one ' +
      'every minute and a photo sent away soon stops working.',
    params: EventParams,
    response: { 200: EventVenueCode },
    errors: ['NOT_YOUR_BRANCH', 'EVENT_CHECK_IN_CLOSED'],
  },
  checkInAtVenue: {
    tag,
    summary: '扫码现场签到',
    description:
      "The attendee scans the venue's code for their own sign-up. Refusals in this order: a code that " +
      'is not a venue code or is forged (QR_INVALID), expired (QR_EXPIRED), of another event ' +
      '(QR_INVALID), outside the check-in time, cancelled, waitlisted, already checked in.',
    params: EventSignupParams,
    body: VenueCheckInRequest,
    response: { 200: MyEventSignup },
    errors: [
      'QR_INVALID',
      'QR_EXPIRED',
      'EVENT_CHECK_IN_CLOSED',
      'EVENT_SIGNUP_CANCELLED',
      'EVENT_SIGNUP_WAITLISTED',
      'EVENT_ALREADY_CHECKED_IN',
    ],
  },
} as const satisfies Record<string, EndpointSpec>
