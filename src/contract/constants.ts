// Runtime constants shared by the mock bank and the app. This file must import nothing.

/** Base path of every bank API route. */
export const API_BASE_PATH = '/api/v1'
/** Where the mock serves its generated OpenAPI 3 document. */
export const OPENAPI_PATH = '/api/openapi.json'

/** Version of the privacy policy the user must accept to log in. */
export const PRIVACY_VERSION = '2026-11-01'

/** Header carrying the client's idempotency key on unsafe requests (8-64 chars of [A-Za-z0-9_-]). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key'
/** Pattern an idempotency key must match. */
export const IDEMPOTENCY_KEY_PATTERN = '^[A-Za-z0-9_-]{8,64}$'
/** Response header set to 'true' when a stored idempotent response is replayed. */
export const IDEMPOTENCY_REPLAYED_HEADER = 'Idempotency-Replayed'
/** Header carrying the CSRF token on cookie-authenticated unsafe requests. */
export const CSRF_HEADER = 'X-CSRF-Token'
/** Name of the H5 session cookie (httpOnly, SameSite=Lax). */
export const SESSION_COOKIE = 'cc_session'

/** User roles. */
export const ROLES = ['customer', 'merchant', 'staff'] as const
/** A user role. */
export type Role = (typeof ROLES)[number]

/** Session transports: bearer token (weapp) or httpOnly cookie + CSRF token (H5). */
export const SESSION_TRANSPORTS = ['cookie', 'bearer'] as const
/** A session transport. */
export type SessionTransport = (typeof SESSION_TRANSPORTS)[number]

/** Seconds before another SMS code may be requested for the same number. */
export const SMS_RESEND_SECONDS = 60
/** Seconds an SMS code stays valid. */
export const SMS_CODE_TTL_SECONDS = 300
/** Wrong codes allowed before the number is locked (the last one locks). */
export const SMS_MAX_WRONG_ATTEMPTS = 5
/** Seconds a number stays locked after too many wrong codes. */
export const PHONE_LOCK_SECONDS = 900
/** Cookie session lifetime in seconds (12 h). */
export const COOKIE_SESSION_TTL_SECONDS = 12 * 3600
/** Bearer session lifetime in seconds (7 days). */
export const BEARER_SESSION_TTL_SECONDS = 7 * 24 * 3600
/** Seconds a wechatTicket from wechat-login stays valid. */
export const WECHAT_TICKET_TTL_SECONDS = 600
/** Seconds an idempotency record is kept. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600

/** Every error code the bank answers with, in `ErrorBody.code`. */
export const ERROR_CODES = {
  /** 400: body/query/header failed validation; details.fields lists the fields. */
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  /** 401: no session, or it expired. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** 403: logged in, but the role may not do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** 403: cookie-authenticated unsafe request without the right X-CSRF-Token. */
  CSRF_TOKEN_INVALID: 'CSRF_TOKEN_INVALID',
  /** 404: no such route or resource. */
  NOT_FOUND: 'NOT_FOUND',
  /** 413: request body too large. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** 415: request body is not JSON. */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** 429: an SMS code was sent less than 60 s ago; details.retryAfterSeconds. */
  SMS_TOO_FREQUENT: 'SMS_TOO_FREQUENT',
  /** 429: too many wrong codes, number locked; details.retryAfterSeconds. */
  PHONE_LOCKED: 'PHONE_LOCKED',
  /** 422: the SMS code has expired. */
  SMS_CODE_EXPIRED: 'SMS_CODE_EXPIRED',
  /** 422: no SMS code was sent, or it was already used. */
  SMS_CODE_NOT_SENT: 'SMS_CODE_NOT_SENT',
  /** 422: wrong SMS code; details.attemptsLeft. */
  SMS_CODE_WRONG: 'SMS_CODE_WRONG',
  /** 422: privacyVersion is not the current PRIVACY_VERSION. */
  PRIVACY_NOT_ACCEPTED: 'PRIVACY_NOT_ACCEPTED',
  /** 422: wechatTicket unknown, expired or already used. */
  WECHAT_TICKET_INVALID: 'WECHAT_TICKET_INVALID',
  /** 409: this WeChat account, or this user, is already bound to another. */
  WECHAT_ALREADY_BOUND: 'WECHAT_ALREADY_BOUND',
  /** 409: the user already completed real-name verification. */
  REAL_NAME_ALREADY_BOUND: 'REAL_NAME_ALREADY_BOUND',
  /** 409: the ID number is bound to another account. */
  ID_NUMBER_IN_USE: 'ID_NUMBER_IN_USE',
  /** 422: the Idempotency-Key was used before with a different body. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** 409: a request with the same Idempotency-Key is still running. */
  IDEMPOTENCY_IN_PROGRESS: 'IDEMPOTENCY_IN_PROGRESS',
  /** 422: the date is not one of the branch's next 7 business days. */
  DATE_NOT_BOOKABLE: 'DATE_NOT_BOOKABLE',
  /** 422: slotStart is not a slot of that day, or it starts too soon (less than 30 min ahead). */
  SLOT_NOT_BOOKABLE: 'SLOT_NOT_BOOKABLE',
  /** 422: a large cash withdrawal must be booked at least 1 business day ahead. */
  NOTICE_TOO_SHORT: 'NOTICE_TOO_SHORT',
  /** 409: no places left in the slot; details.alternatives lists up to 3 nearby slots with places. */
  SLOT_FULL: 'SLOT_FULL',
  /** 409: the customer holds another active booking at that time; details.bookingNumber. */
  BOOKING_OVERLAP: 'BOOKING_OVERLAP',
  /** 422: less than 1 hour before the slot: it can no longer be cancelled or moved. */
  CANCEL_WINDOW_CLOSED: 'CANCEL_WINDOW_CLOSED',
  /** 409: the booking is cancelled, already visited or missed. */
  BOOKING_NOT_ACTIVE: 'BOOKING_NOT_ACTIVE',
  /** 422: rescheduling to the slot the booking already holds. */
  SAME_SLOT: 'SAME_SLOT',
  /** 422: the check-in QR code is malformed or its signature is wrong. */
  QR_INVALID: 'QR_INVALID',
  /** 422: the check-in QR code has expired (end of the booking's day). */
  QR_EXPIRED: 'QR_EXPIRED',
  /** 422: checking in a cancelled booking. */
  BOOKING_CANCELLED: 'BOOKING_CANCELLED',
  /** 409: the booking was already checked in. */
  ALREADY_ARRIVED: 'ALREADY_ARRIVED',
  /** 403: the booking is at a branch outside the staff member's town. */
  NOT_YOUR_BRANCH: 'NOT_YOUR_BRANCH',
  /** 422: checking in a booking whose slot is not today (Beijing date). */
  NOT_TODAY: 'NOT_TODAY',
  /** 409: the customer already has an open referral for this product; details.referralId. */
  REFERRAL_OPEN: 'REFERRAL_OPEN',
  /** 422: a referral status change that its current status does not allow. */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** 503: the bank is unavailable (also what fault injection answers). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** 500: a bug on the server. */
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const
/** An error code. */
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]

/** Product name of the pure-credit loan shown with a pre-approval. */
export const SUNSHINE_LOAN_PRODUCT = '阳光e贷'

/** Minutes of one bookable counter slot. */
export const SLOT_MINUTES = 30
/** A slot is bookable only if it starts at least this many minutes from now. */
export const SLOT_LEAD_MINUTES = 30
/** How many business days ahead (today included while it has bookable slots) can be booked. */
export const BOOKING_WINDOW_DAYS = 7
/** A booking may be cancelled or moved until this many minutes before its slot (inclusive). */
export const CANCEL_DEADLINE_MINUTES = 60
/** Longest booking note, in characters. */
export const BOOKING_NOTE_MAX_LENGTH = 100
/** Longest referral note (customer's or staff's), in characters. */
export const REFERRAL_NOTE_MAX_LENGTH = 200
/** Large cash withdrawals: at least 50,000 yuan, at most 1,000,000 yuan, in steps of 100 yuan (fen). */
export const LARGE_CASH_MIN_FEN = 5_000_000
/** Largest large-cash amount one booking may announce (1,000,000 yuan), in fen. */
export const LARGE_CASH_MAX_FEN = 100_000_000
/** Large-cash amounts must be a multiple of this (100 yuan), in fen. */
export const LARGE_CASH_STEP_FEN = 10_000
/** Prefix of a signed check-in QR payload: CC1.B.<bookingId>.<expEpochSeconds>.<sig>. */
export const BOOKING_QR_PREFIX = 'CC1.B.'

/** Counter services every branch offers. */
export const SERVICE_IDS = [
  'account-opening',
  'social-security-card',
  'large-cash-withdrawal',
  'loan-consultation',
  'wealth-consultation',
  'card-loss-replacement',
  'merchant-acquiring',
] as const
/** A counter service id. */
export type ServiceId = (typeof SERVICE_IDS)[number]

/** Slot states: bookable, no places left, too soon, or forbidden by the large-cash notice rule. */
export const SLOT_STATUSES = ['available', 'full', 'past', 'notice'] as const
/** A slot state. */
export type SlotStatus = (typeof SLOT_STATUSES)[number]

/** Booking states ('missed' = still booked when the slot ended, computed on read). */
export const BOOKING_STATUSES = ['booked', 'arrived', 'cancelled', 'missed'] as const
/** A booking state. */
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

/** Lists of the customer's bookings. */
export const BOOKING_SCOPES = ['upcoming', 'past', 'cancelled'] as const
/** A booking list. */
export type BookingScope = (typeof BOOKING_SCOPES)[number]

/** Product categories. */
export const PRODUCT_CATEGORIES = ['deposit', 'loan', 'card', 'merchant'] as const
/** A product category. */
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number]

/** When the customer prefers the manager to call. */
export const PREFERRED_TIMES = ['morning', 'afternoon', 'evening', 'anytime'] as const
/** A preferred contact time. */
export type PreferredTime = (typeof PREFERRED_TIMES)[number]

/** Referral states, in order. */
export const REFERRAL_STATUSES = ['submitted', 'assigned', 'contacted', 'done', 'closed'] as const
/** A referral state. */
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]
/** States that still need the manager's attention (one open referral per customer and product). */
export const OPEN_REFERRAL_STATUSES = ['submitted', 'assigned', 'contacted'] as const
/** States a manager may move a referral to. */
export const STAFF_REFERRAL_TARGETS = ['contacted', 'done', 'closed'] as const
/** A state a manager may set. */
export type StaffReferralTarget = (typeof STAFF_REFERRAL_TARGETS)[number]
/** Allowed manager transitions: from -> possible targets. */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly StaffReferralTarget[]>> = {
  submitted: [],
  assigned: ['contacted', 'closed'],
  contacted: ['done', 'closed'],
  done: [],
  closed: [],
}

/** Message-centre message kinds. */
export const MESSAGE_KINDS = ['booking', 'reminder', 'referral'] as const
/** A message kind. */
export type MessageKind = (typeof MESSAGE_KINDS)[number]
/** What a message links to. */
export const MESSAGE_LINK_TYPES = ['booking', 'referral'] as const
/** A message link target. */
export type MessageLinkType = (typeof MESSAGE_LINK_TYPES)[number]
