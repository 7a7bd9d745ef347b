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
  /** 503: the bank is unavailable (also what fault injection answers). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** 500: a bug on the server. */
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const
/** An error code. */
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]

/** Product name of the pure-credit loan shown with a pre-approval. */
export const SUNSHINE_LOAN_PRODUCT = '阳光e贷'
