import { AxiosError } from 'axios'
import type { ErrorCode } from '@/contract/errors'

/** Codes the client itself produces: no answer, an answer it cannot read, a tap while busy. */
export const CLIENT_ERRORS = {
  NETWORK_ERROR: '网络不给力，请检查网络后重试',
  TIMEOUT: '请求超时，请稍后重试',
  BAD_RESPONSE: '服务返回异常，请稍后再试',
  /** The bank answered a code this version of the app does not know (its message is kept). */
  UNKNOWN_ERROR: '服务返回异常，请稍后再试',
  ACTION_PENDING: '正在处理，请稍候',
} as const

/** A code the client produces itself. */
export type ClientErrorCode = keyof typeof CLIENT_ERRORS

/** What `ApiError.code` can be: a code of the bank's error table, or one of the client's own. */
export type ApiErrorCode = ErrorCode | ClientErrorCode

/** One field that the server (or the client) rejected, with a Chinese message for the user. */
export interface FieldError {
  field: string
  message: string
}

/** The one error type pages see: the server's code and Chinese message, or a clear client-side one. */
export class ApiError extends Error {
  readonly status: number
  readonly code: ApiErrorCode
  readonly details?: Record<string, unknown>

  constructor(status: number, code: ApiErrorCode, message: string, details?: Record<string, unknown>) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
  }

  /** Field messages of a 400 VALIDATION_FAILED answer, keyed by field name. */
  get fieldErrors(): Record<string, string> {
    const fields = (this.details?.fields ?? []) as FieldError[]
    return Object.fromEntries(fields.map((f) => [f.field, f.message]))
  }

  /** Seconds the bank asks to wait before trying again (429 answers), when it says. */
  get retryAfterSeconds(): number | undefined {
    const value = this.details?.retryAfterSeconds
    return typeof value === 'number' && value > 0 ? value : undefined
  }

  /** True when no answer came back, so the same action may be tried again safely (same idempotency key). */
  get isTransient(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504
  }

  /** True when trying the same request again may work: no answer, a busy bank, or a timeout. */
  get mayRetry(): boolean {
    return this.isTransient || this.code === 'TIMEOUT'
  }
}

/** An error the client reports itself, with its own message. */
export function clientError(code: ClientErrorCode, status = 0): ApiError {
  return new ApiError(status, code, CLIENT_ERRORS[code])
}

/**
 * A code shaped like the bank's (SNAKE_CASE). The app does not carry the bank's whole error table: a
 * code it has no branch for (a newer backend's) still arrives with the bank's own message to show.
 */
const isCodeShaped = (code: string) => /^[A-Z][A-Z0-9_]{1,63}$/.test(code)

function isErrorBody(
  data: unknown,
): data is { code: string; message: string; details?: Record<string, unknown> } {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { code?: unknown }).code === 'string' &&
    typeof (data as { message?: unknown }).message === 'string'
  )
}

/** Maps anything a request can throw to an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof AxiosError) {
    if (error.code === AxiosError.ECONNABORTED || error.code === AxiosError.ETIMEDOUT)
      return clientError('TIMEOUT')
    const response = error.response
    if (!response) return clientError('NETWORK_ERROR')
    if (isErrorBody(response.data)) {
      const { code, message, details } = response.data
      return new ApiError(
        response.status,
        isCodeShaped(code) ? (code as ErrorCode) : 'UNKNOWN_ERROR',
        message,
        details,
      )
    }
    if (response.status >= 500) {
      return new ApiError(response.status, 'SERVICE_UNAVAILABLE', '服务繁忙，请稍后再试')
    }
    return clientError('BAD_RESPONSE', response.status)
  }
  return clientError('NETWORK_ERROR')
}
