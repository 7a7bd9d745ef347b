// Idempotency-Key for unsafe requests: the key is claimed before validation; the answer is stored in
// the same transaction as the work it answers (endpoints.ts), so a committed change always has its
// answer; a repeat replays it. Scope: the user, or for anonymous callers their address, so no caller
// can receive another's answer. Operations that hand out or end credentials are never stored or replayed.
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { API } from '../../src/contract/api'
import { IDEMPOTENCY_KEY_PATTERN, IDEMPOTENCY_REPLAYED_HEADER } from '../../src/contract/constants'
import { nowMs } from '../deps'
import { bankError, fieldError } from '../errors'
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
  type StoredResponse,
} from '../store/idempotency'
import { UNSAFE_METHODS } from './auth'
import { callerAddress } from './caller-address'
import { endpointOf } from './operation'

const KEY_RE = new RegExp(IDEMPOTENCY_KEY_PATTERN)
/** Response headers replayed with the stored body. */
const KEPT_HEADERS = ['content-type', 'set-cookie']

/** JSON with object keys sorted at every level, so equal bodies hash equally (depth is bounded by the parser). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    return `{${Object.keys(obj)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/** Hash of what the request asks: its query and body (the key is scoped to the path). */
const hashRequest = (query: string, body: unknown) =>
  createHash('sha256')
    .update(`${query}\n${body === undefined ? '' : canonicalJson(body)}`)
    .digest('hex')

/** The answer as it will be replayed: status, kept headers and the exact body sent. */
export function storedAnswer(reply: FastifyReply, body: string): StoredResponse {
  const headers: Record<string, string | string[]> = {}
  for (const name of KEPT_HEADERS) {
    const value = reply.getHeader(name)
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.map(String) : String(value)
  }
  return { status: reply.statusCode, body, headers }
}

/**
 * Stores the answer of the request's claimed key; call inside the transaction of its work. Throws
 * (rolling the work back) when the claim was taken over meanwhile.
 */
export function storeAnswer(app: FastifyInstance, request: FastifyRequest, answer: StoredResponse): void {
  const idem = request.idempotency
  if (idem?.state !== 'claimed') return
  if (!completeIdempotencyKey(app.deps.db, idem.scope, idem.token, answer)) {
    throw bankError('IDEMPOTENCY_IN_PROGRESS')
  }
  idem.state = 'stored'
}

/** Installs the claim, replay and release hooks. */
export function installIdempotency(app: FastifyInstance): void {
  app.decorateRequest('idempotency', null)
  const release = (request: FastifyRequest) => {
    const idem = request.idempotency
    if (idem?.state !== 'claimed') return
    idem.state = 'released'
    releaseIdempotencyKey(app.deps.db, idem.scope, idem.token)
  }

  app.addHook('preValidation', async (request, reply) => {
    if (!UNSAFE_METHODS.has(request.method) || request.is404) return
    const key = request.headers['idempotency-key']
    if (key === undefined) return
    if (typeof key !== 'string' || !KEY_RE.test(key))
      throw fieldError('Idempotency-Key', 'Idempotency-Key 格式不正确')
    const endpoint = endpointOf(request)
    // A stored login would hand a live credential to whoever repeats the key; a replayed logout would end nothing.
    if (endpoint && 'credential' in API[endpoint]) return
    // The same key on the same path with another query or body is a reuse, not a new request.
    const [path, query = ''] = request.url.split('?', 2)
    const scope = {
      scope: request.user ? `user:${request.user.id}` : `anon:${callerAddress(request.ip).caller}`,
      method: request.method,
      url: path,
      key,
    }
    const claim = claimIdempotencyKey(app.deps.db, scope, hashRequest(query, request.body), nowMs(app.deps))
    if (claim.kind === 'mismatch') throw bankError('IDEMPOTENCY_KEY_REUSED')
    if (claim.kind === 'in_progress') throw bankError('IDEMPOTENCY_IN_PROGRESS')
    if (claim.kind === 'replay') {
      request.idempotency = { scope, token: '', state: 'replayed' }
      const { status, body, headers } = claim.response
      reply.code(status).headers({ ...headers, [IDEMPOTENCY_REPLAYED_HEADER]: 'true' })
      return reply.send(body === '' ? undefined : body)
    }
    request.idempotency = { scope, token: claim.token, state: 'claimed' }
  })

  // A claim whose work never committed is forgotten, so a retry runs it.
  app.addHook('onResponse', async (request) => release(request))
  app.addHook('onRequestAbort', async (request) => release(request))
}
