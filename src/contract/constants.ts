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
  // Sunshine e-loan
  /** 422: real-name verification is needed before applying. */
  REAL_NAME_REQUIRED: 'REAL_NAME_REQUIRED',
  /** 409: the customer already holds an active credit line. */
  CREDIT_LINE_EXISTS: 'CREDIT_LINE_EXISTS',
  /** 409: loans of an earlier (expired) credit line are still being repaid: settle them first. */
  LOANS_OUTSTANDING: 'LOANS_OUTSTANDING',
  /** 422: declined recently; details.reapplyFrom (YYYY-MM-DD). */
  REAPPLY_TOO_SOON: 'REAPPLY_TOO_SOON',
  /** 409: the application is past the step this request changes (e.g. editing after submission). */
  APPLICATION_NOT_EDITABLE: 'APPLICATION_NOT_EDITABLE',
  /** 422: submitting before card/consents/face are done; details.missing lists the steps. */
  APPLICATION_INCOMPLETE: 'APPLICATION_INCOMPLETE',
  /** 422: a document version that is not the current one; details.version is current. */
  CONSENT_VERSION_OUTDATED: 'CONSENT_VERSION_OUTDATED',
  /** 422: the face check needs the biometric consent first. */
  BIOMETRIC_CONSENT_REQUIRED: 'BIOMETRIC_CONSENT_REQUIRED',
  /** 422: the face-check challenge is unknown, expired, used, or the digits do not match. */
  FACE_CHECK_FAILED: 'FACE_CHECK_FAILED',
  /** 422: the approval (offer or credit line) has expired. */
  APPROVAL_EXPIRED: 'APPROVAL_EXPIRED',
  /** 409: signing before approval, or drawing without a signed credit line. */
  NO_CREDIT_LINE: 'NO_CREDIT_LINE',
  /** 409: drawdown above the available limit; details.availableFen. */
  LIMIT_INSUFFICIENT: 'LIMIT_INSUFFICIENT',
  /** 409: the loan is already paid off. */
  LOAN_SETTLED: 'LOAN_SETTLED',
  /** 409: the loan is not paid off yet (settlement certificate). */
  LOAN_NOT_SETTLED: 'LOAN_NOT_SETTLED',
  /** 409: an instalment is due or overdue: pay it before repaying early; details.index. */
  INSTALMENT_DUE_FIRST: 'INSTALMENT_DUE_FIRST',
  /** 409: the early-repayment total changed since the quote; details.totalFen is the new one. */
  QUOTE_CHANGED: 'QUOTE_CHANGED',
} as const
/** An error code. */
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]

/** Product name of the pure-credit loan shown with a pre-approval. */
export const SUNSHINE_LOAN_PRODUCT = '阳光e贷'
/** Catalogue id of the Sunshine e-loan (referrals after a decline point here). */
export const SUNSHINE_LOAN_PRODUCT_ID = 'pd_sunshine_loan'
/** Lowest and highest APR the Sunshine e-loan is offered at (bp), shown wherever it is marketed. */
export const SUNSHINE_LOAN_APR_RANGE_BP = { min: 365, max: 720 } as const

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
export const MESSAGE_KINDS = ['booking', 'reminder', 'referral', 'loan'] as const
/** A message kind. */
export type MessageKind = (typeof MESSAGE_KINDS)[number]
/** What a message links to. */
export const MESSAGE_LINK_TYPES = ['booking', 'referral', 'loan', 'loan-application'] as const
/** A message link target. */
export type MessageLinkType = (typeof MESSAGE_LINK_TYPES)[number]

// ---- Sunshine e-loan (阳光e贷) ----

/** Borrower types: large planting/breeding household, individual business, agri micro-enterprise, farmer. */
export const BORROWER_TYPES = [
  'large-grower',
  'individual-business',
  'agri-micro-enterprise',
  'farming-household',
] as const
/** A borrower type. */
export type BorrowerType = (typeof BORROWER_TYPES)[number]

/** What the loan is for: planting, breeding, business, household. */
export const LOAN_PURPOSES = ['planting', 'breeding', 'business', 'household'] as const
/** A loan purpose. */
export type LoanPurpose = (typeof LOAN_PURPOSES)[number]

/** Documents the customer agrees to before applying (biometric consent is separate by law). */
export const LOAN_CONSENT_DOCUMENTS = ['credit-report', 'personal-info', 'face-biometric'] as const
/** A consent document id. */
export const LOAN_DOCUMENT_IDS = [...LOAN_CONSENT_DOCUMENTS, 'loan-contract'] as const
/** A document the customer agrees to. */
export type LoanConsentDocument = (typeof LOAN_CONSENT_DOCUMENTS)[number]

/** Application states. */
export const LOAN_APPLICATION_STATUSES = ['draft', 'reviewing', 'approved', 'declined', 'signed'] as const
/** An application state. */
export type LoanApplicationStatus = (typeof LOAN_APPLICATION_STATUSES)[number]

/**
 * What the customer must do next, derived by the server from the application's state:
 * card → consents → face → details → reviewing → approved (sign) | declined; signed = done.
 * 'expired' = approved but not signed before the offer expired.
 */
export const LOAN_APPLICATION_STEPS = [
  'card',
  'consents',
  'face',
  'details',
  'reviewing',
  'approved',
  'declined',
  'signed',
  'expired',
] as const
/** An application step. */
export type LoanApplicationStep = (typeof LOAN_APPLICATION_STEPS)[number]

/** Stages of the credit decision, one second each, shown by the progress tracker. */
export const LOAN_DECISION_STAGES = ['identity', 'credit-report', 'anti-fraud', 'limit'] as const
/** A decision stage. */
export type LoanDecisionStage = (typeof LOAN_DECISION_STAGES)[number]
/** Seconds from submission to decision (each stage takes one). */
export const LOAN_DECISION_SECONDS = LOAN_DECISION_STAGES.length

/** Days after a decline before the customer may apply again. */
export const LOAN_REAPPLY_DAYS = 30
/** Days an approval may be signed in. */
export const LOAN_OFFER_VALID_DAYS = 7
/** Decline reasons. */
export const LOAN_DECLINE_REASONS = ['INCOME_TOO_LOW', 'DEBT_TOO_HIGH', 'CREDIT_OVERDUE'] as const
/** A decline reason. */
export type LoanDeclineReason = (typeof LOAN_DECLINE_REASONS)[number]

/** Instalment states: paid, overdue (due date passed), due (the next one), upcoming. */
export const INSTALMENT_STATUSES = ['paid', 'overdue', 'due', 'upcoming'] as const
/** An instalment state. */
export type InstalmentStatus = (typeof INSTALMENT_STATUSES)[number]
/** Loan states. */
export const LOAN_STATUSES = ['active', 'settled'] as const
/** A loan state. */
export type LoanStatus = (typeof LOAN_STATUSES)[number]

/** Why an SMS code is sent; each purpose has its own 60 s resend window. */
export const SMS_PURPOSES = ['login', 'loan-sign', 'loan-drawdown'] as const
/** An SMS purpose. */
export type SmsPurpose = (typeof SMS_PURPOSES)[number]
