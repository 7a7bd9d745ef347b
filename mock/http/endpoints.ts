// Registers every operation of the endpoint table with its handler: path, method, access, schemas,
// default status and OpenAPI docs all come from src/contract, so a route cannot exist outside it.
import type { Static, TSchema } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify'
import { API, type EndpointResult, type EndpointSpec } from '../../src/contract/api'
import { IdempotencyHeaders } from '../../src/contract/common'
import { API_BASE_PATH } from '../../src/contract/constants'
import {
  ENDPOINTS,
  type EndpointAccess,
  type EndpointName,
  type EndpointRoute,
} from '../../src/contract/endpoints'
import { ERRORS, UNIVERSAL_ERROR_CODES, type ErrorCode } from '../../src/contract/errors'
import { requireAuth, requireRole, UNSAFE_METHODS } from './auth'
import { withErrors } from './schemas'

type Spec<K extends EndpointName> = (typeof API)[K]
/** The static type of part P of operation K's spec, or `Otherwise` when it has none. */
type PartOf<K extends EndpointName, P extends string, Otherwise> =
  Spec<K> extends { [Key in P]: infer S extends TSchema } ? Static<S> : Otherwise

/** The request of operation K, typed by its schemas. */
export type EndpointRequest<K extends EndpointName> = FastifyRequest<{
  Params: PartOf<K, 'params', Record<string, never>>
  Querystring: PartOf<K, 'query', Record<string, never>>
  Body: PartOf<K, 'body', undefined>
}>

/**
 * Answers operation K by returning its result; it goes out with the table's status (or, for an
 * operation with several, the one the handler sets with `reply.code`).
 */
export type EndpointHandler<K extends EndpointName> = (
  request: EndpointRequest<K>,
  reply: FastifyReply,
) => Promise<EndpointResult<K>>

/** One handler per operation of the table. */
export type EndpointHandlers = { [K in EndpointName]: EndpointHandler<K> }

/** The operation a request was routed to, from the route's config. */
export function endpointOf(request: FastifyRequest): EndpointName | undefined {
  return request.routeOptions.config?.endpoint
}

/** True when the operation declares `code` (or any operation may answer it). */
export function declaresError(name: EndpointName, code: ErrorCode): boolean {
  const declared: readonly ErrorCode[] = API[name].errors
  return declared.includes(code) || (UNIVERSAL_ERROR_CODES as readonly ErrorCode[]).includes(code)
}

const accessHooks: Record<EndpointAccess, ((request: FastifyRequest) => Promise<void>) | undefined> = {
  public: undefined,
  dev: undefined,
  session: requireAuth,
  customer: requireRole('customer'),
  merchant: requireRole('merchant'),
  staff: requireRole('staff'),
}

/** The error codes an operation may answer, as OpenAPI text: "409 SLOT_FULL, 422 DATE_NOT_BOOKABLE". */
function errorDocs(spec: EndpointSpec): string {
  return [...spec.errors]
    .sort((a, b) => ERRORS[a] - ERRORS[b] || a.localeCompare(b))
    .map((code) => `${ERRORS[code]} ${code}`)
    .join(', ')
}

/** The fastify schema of an operation (validation and OpenAPI). */
function routeSchema(route: EndpointRoute, spec: EndpointSpec): FastifySchema {
  const errors = errorDocs(spec)
  const description = [spec.description, errors && `Errors: ${errors}.`].filter(Boolean).join('\n\n')
  return {
    tags: [spec.tag],
    summary: spec.summary,
    ...(description ? { description } : {}),
    ...(route.access === 'public' || route.access === 'dev'
      ? {}
      : { security: [{ bearerAuth: [] }, { cookieAuth: [] }] }),
    ...(UNSAFE_METHODS.has(route.method) ? { headers: IdempotencyHeaders } : {}),
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.query ? { querystring: spec.query } : {}),
    ...(spec.body ? { body: spec.body } : {}),
    response: withErrors(spec.response),
  }
}

/** Registers every operation of the table (dev tools only when `devEndpoints`). */
export function registerEndpoints(
  app: FastifyInstance,
  handlers: EndpointHandlers,
  options: { devEndpoints: boolean },
): void {
  for (const name of Object.keys(ENDPOINTS) as EndpointName[]) {
    const route: EndpointRoute = ENDPOINTS[name]
    if (route.access === 'dev' && !options.devEndpoints) continue
    const spec: EndpointSpec = API[name]
    const statuses = Object.keys(spec.response).map(Number)
    // One success status: the handler returns the body and the table's status goes with it.
    const status = statuses.length === 1 ? statuses[0] : undefined
    const handler = handlers[name] as (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>
    const hook = accessHooks[route.access]
    app.route({
      method: route.method,
      url: `${API_BASE_PATH}${route.path}`,
      schema: routeSchema(route, spec),
      config: { endpoint: name },
      ...(hook ? { onRequest: hook } : {}),
      handler: async (request, reply) => {
        if (status) reply.code(status)
        return handler(request, reply)
      },
    })
  }
}
