// Business errors: thrown by code from routes and store, answered as { code, message, details? }.
// The status and the default message come from the contract's error table.
import type { ErrorBody } from '../src/contract/common'
import { ERRORS, type ErrorCode, type ErrorStatus } from '../src/contract/errors'
import { ERROR_MESSAGES } from '../src/contract/errors/messages'

/** An expected, user-facing failure: a code of the error table, with its status and a Chinese message. */
export class BusinessError extends Error {
  readonly status: ErrorStatus

  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
    readonly details?: ErrorBody['details'],
  ) {
    super(message)
    this.name = 'BusinessError'
    this.status = ERRORS[code]
  }

  /** The response body. */
  toBody(): ErrorBody {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message }
  }
}

/** The error for `code`, with a message more precise than the table's and/or details. */
export function bankError(
  code: ErrorCode,
  options: { message?: string; details?: ErrorBody['details'] } = {},
): BusinessError {
  return new BusinessError(code, options.message, options.details)
}

/** 400 VALIDATION_FAILED for one field. */
export function fieldError(field: string, message: string): BusinessError {
  return fieldErrors([{ field, message }])
}

/** 400 VALIDATION_FAILED for several fields; the first one's message leads. */
export function fieldErrors(fields: { field: string; message: string }[]): BusinessError {
  return new BusinessError('VALIDATION_FAILED', fields[0]?.message, { fields })
}

/** 404 NOT_FOUND, saying what was not found. */
export function notFound(message?: string): BusinessError {
  return new BusinessError('NOT_FOUND', message)
}
