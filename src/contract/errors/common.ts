// Errors any endpoint may answer: validation, sessions, roles, idempotency, limits and outages.
import type { ErrorMessages, ErrorStatus } from './spec'

export const COMMON_ERRORS = {
  /** Body, query, path or a header failed validation; details.fields lists the fields. */
  VALIDATION_FAILED: 400,
  /** No session, or it expired. */
  UNAUTHENTICATED: 401,
  /** Logged in, but the role may not do this. */
  FORBIDDEN: 403,
  /** Cookie-authenticated unsafe request without the right X-CSRF-Token. */
  CSRF_TOKEN_INVALID: 403,
  /** No such route, or no such resource for this caller (other people's records look the same). */
  NOT_FOUND: 404,
  /** The request body is too large. */
  PAYLOAD_TOO_LARGE: 413,
  /** The request body is not JSON. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** The request headers are too large. */
  HEADERS_TOO_LARGE: 431,
  /** The Idempotency-Key was used before with a different body. */
  IDEMPOTENCY_KEY_REUSED: 422,
  /** A request with the same Idempotency-Key is still running. */
  IDEMPOTENCY_IN_PROGRESS: 409,
  /** The bank is unavailable (also what fault injection answers). */
  SERVICE_UNAVAILABLE: 503,
  /** A bug on the server. */
  INTERNAL_ERROR: 500,
} as const satisfies Record<string, ErrorStatus>

/** The default Chinese message of each code (the bank's answer may be more precise). */
export const COMMON_ERROR_MESSAGES: ErrorMessages<typeof COMMON_ERRORS> = {
  VALIDATION_FAILED: '请求参数不正确',
  UNAUTHENTICATED: '登录已过期，请重新登录',
  FORBIDDEN: '没有权限进行此操作',
  CSRF_TOKEN_INVALID: '页面已过期，请刷新后重试',
  NOT_FOUND: '请求的内容不存在',
  PAYLOAD_TOO_LARGE: '请求内容过大',
  UNSUPPORTED_MEDIA_TYPE: '仅支持 JSON 格式的请求',
  HEADERS_TOO_LARGE: '请求头过大',
  IDEMPOTENCY_KEY_REUSED: '请求标识已用于其他内容，请重新提交',
  IDEMPOTENCY_IN_PROGRESS: '请求正在处理中，请稍候',
  SERVICE_UNAVAILABLE: '银行系统繁忙，请稍后再试',
  INTERNAL_ERROR: '服务繁忙，请稍后再试',
}
