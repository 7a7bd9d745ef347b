// Which operation of the endpoint table a request is, and what that operation may answer.
import type { FastifyRequest } from 'fastify'
import { API } from '../../src/contract/api'
import type { EndpointName } from '../../src/contract/endpoints'
import { UNIVERSAL_ERROR_CODES, type ErrorCode } from '../../src/contract/errors'

/** The operation a request was routed to, from the route's config. */
export function endpointOf(request: FastifyRequest): EndpointName | undefined {
  return request.routeOptions.config?.endpoint
}

/** True when the operation declares `code` (or any operation may answer it). */
export function declaresError(name: EndpointName, code: ErrorCode): boolean {
  const declared: readonly ErrorCode[] = API[name].errors
  return declared.includes(code) || (UNIVERSAL_ERROR_CODES as readonly ErrorCode[]).includes(code)
}
