// Errors any endpoint may answer: validation, sessions, roles, idempotency, limits and outages.
import type { ErrorSpec } from './spec'

export const COMMON_ERRORS = {
  /** Body, query, path or a header failed validation; details.fields lists the fields. */
  VALIDATION_FAILED: { status: 400, message: '请求参数不正确' },
  /** No session, or it expired. */
  UNAUTHENTICATED: { status: 401, message: '登录已过期，请重新登录' },
  /** Logged in, but the role may not do this. */
  FORBIDDEN: { status: 403, message: '没有权限进行此操作' },
  /** Cookie-authenticated unsafe request without the right X-CSRF-Token. */
  CSRF_TOKEN_INVALID: { status: 403, message: '页面已过期，请刷新后重试' },
  /** No such route, or no such resource for this caller (other people's records look the same). */
  NOT_FOUND: { status: 404, message: '请求的内容不存在' },
  /** The request body is too large. */
  PAYLOAD_TOO_LARGE: { status: 413, message: '请求内容过大' },
  /** The request body is not JSON. */
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '仅支持 JSON 格式的请求' },
  /** The request headers are too large. */
  HEADERS_TOO_LARGE: { status: 431, message: '请求头过大' },
  /** The Idempotency-Key was used before with a different body. */
  IDEMPOTENCY_KEY_REUSED: { status: 422, message: '请求标识已用于其他内容，请重新提交' },
  /** A request with the same Idempotency-Key is still running. */
  IDEMPOTENCY_IN_PROGRESS: { status: 409, message: '请求正在处理中，请稍候' },
  /** The bank is unavailable (also what fault injection answers). */
  SERVICE_UNAVAILABLE: { status: 503, message: '银行系统繁忙，请稍后再试' },
  /** A bug on the server. */
  INTERNAL_ERROR: { status: 500, message: '服务繁忙，请稍后再试' },
} as const satisfies Record<string, ErrorSpec>
