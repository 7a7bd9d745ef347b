// Route-schema helpers: every route documents its success shape and the one error shape.
import type { TSchema } from '@sinclair/typebox'
import { ErrorBody } from '../../src/contract/common'

/** Success responses plus ErrorBody for 4xx and 5xx. */
export function withErrors<T extends Partial<Record<number, TSchema>>>(success: T) {
  return { ...success, '4xx': ErrorBody, '5xx': ErrorBody }
}
