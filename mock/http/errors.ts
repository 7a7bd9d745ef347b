// Business errors: thrown by routes and store, answered as { code, message, details? }.
import { ERROR_CODES, type ErrorCode } from '../../src/contract/constants'
import type { ErrorBody } from '../../src/contract/common'

/** An expected, user-facing failure with an HTTP status and a Chinese message. */
export class BusinessError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorBody['details'],
  ) {
    super(message)
    this.name = 'BusinessError'
  }

  /** The response body. */
  toBody(): ErrorBody {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message }
  }
}

/** 400 VALIDATION_FAILED for one field. */
export function fieldError(field: string, message: string): BusinessError {
  return new BusinessError(400, ERROR_CODES.VALIDATION_FAILED, message, { fields: [{ field, message }] })
}

/** 401 UNAUTHENTICATED. */
export function unauthenticated(): BusinessError {
  return new BusinessError(401, ERROR_CODES.UNAUTHENTICATED, '登录已过期，请重新登录')
}

/** 403 FORBIDDEN. */
export function forbidden(): BusinessError {
  return new BusinessError(403, ERROR_CODES.FORBIDDEN, '没有权限进行此操作')
}

/** 404 NOT_FOUND. */
export function notFound(message = '请求的内容不存在'): BusinessError {
  return new BusinessError(404, ERROR_CODES.NOT_FOUND, message)
}
