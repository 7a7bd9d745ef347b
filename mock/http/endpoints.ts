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
import { ERRORS } from '../../src/contract/errors'
import { isLoopback } from '../config'
import { BusinessError, notFound } from '../errors'
import { requireAuth, requireRole, UNSAFE_METHODS } from './auth'
import { storeAnswer, storedAnswer } from './idempotency'
import { declaresError } from './operation'
import { withErrors } from './schemas'

declare module 'fastify' {
  interface FastifySchema {
    /** Who may call the operation (OpenAPI extension). */
    'x-access'?: EndpointAccess
    /** The error codes it declares besides the universal ones (OpenAPI extension). */
    'x-errors'?: readonly string[]
  }
}

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
 * operation with several, the one the handler sets with `reply.code`). Handlers are synchronous:
 * with an Idempotency-Key their work and its stored answer commit in one transaction.
 */
export type EndpointHandler<K extends EndpointName> = (
  request: EndpointRequest<K>,
  reply: FastifyReply,
) => EndpointResult<K>

/** One handler per operation of the table. */
export type EndpointHandlers = { [K in EndpointName]: EndpointHandler<K> }

/** Dev tools answer this machine only (a caller behind the proxy is the address it reports). */
async function devCallerOnly(request: FastifyRequest): Promise<void> {
  if (!isLoopback(request.ip)) throw notFound('接口不存在')
}

const accessHooks: Record<EndpointAccess, ((request: FastifyRequest) => Promise<void>) | undefined> = {
  public: undefined,
  dev: devCallerOnly,
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
function routeSchema(name: EndpointName, route: EndpointRoute, spec: EndpointSpec): FastifySchema {
  const errors = errorDocs(spec)
  const description = [spec.description, errors && `Errors: ${errors}.`].filter(Boolean).join('\n\n')
  return {
    operationId: name,
    // Machine-readable twins of the prose, for clients and for the tests generated from this document.
    'x-access': route.access,
    'x-errors': [...spec.errors].sort(),
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

/** How the operations are served. */
export interface RegisterOptions {
  devEndpoints: boolean
  /** Development only: die right after this operation's transaction commits (crash tests). */
  crashAfterCommit?: EndpointName
}

/**
 * Runs a handler whose request claimed an Idempotency-Key: the work, and the answer it gives (a
 * result, or a declared business refusal), commit in one transaction. Returns the exact body sent.
 */
function runAndStore(
  app: FastifyInstance,
  name: EndpointName,
  run: () => unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): string {
  let refusal: BusinessError | undefined
  const body = app.deps.db
    .transaction((): string => {
      try {
        const text = String(reply.serialize(run()))
        storeAnswer(app, request, storedAnswer(reply, text))
        return text
      } catch (error) {
        // A declared refusal is an answer too (and what it counted, e.g. a wrong code, stays).
        if (!(error instanceof BusinessError) || !declaresError(name, error.code)) throw error
        reply.code(error.status)
        storeAnswer(app, request, storedAnswer(reply, JSON.stringify(error.toBody())))
        refusal = error
        return ''
      }
    })
    .immediate()
  if (refusal) throw refusal
  return body
}

/** Registers every operation of the table (dev tools only when `devEndpoints`). */
export function registerEndpoints(
  app: FastifyInstance,
  handlers: EndpointHandlers,
  options: RegisterOptions,
): void {
  for (const name of Object.keys(ENDPOINTS) as EndpointName[]) {
    const route: EndpointRoute = ENDPOINTS[name]
    if (route.access === 'dev' && !options.devEndpoints) continue
    const spec: EndpointSpec = API[name]
    const statuses = Object.keys(spec.response).map(Number)
    // One success status: the handler returns the body and the table's status goes with it.
    const status = statuses.length === 1 ? statuses[0] : undefined
    const handler = handlers[name] as (request: FastifyRequest, reply: FastifyReply) => unknown
    const hook = accessHooks[route.access]
    app.route({
      method: route.method,
      url: `${API_BASE_PATH}${route.path}`,
      schema: routeSchema(name, route, spec),
      config: { endpoint: name },
      ...(hook ? { onRequest: hook } : {}),
      handler: async (request, reply) => {
        if (status) reply.code(status)
        if (spec.credential) reply.header('cache-control', 'no-store')
        if (request.idempotency?.state !== 'claimed') return handler(request, reply)
        const body = runAndStore(app, name, () => handler(request, reply), request, reply)
        if (options.crashAfterCommit === name) process.kill(process.pid, 'SIGKILL')
        // The stored text is the answer, byte for byte.
        reply.type('application/json; charset=utf-8')
        return body
      },
    })
  }
}
