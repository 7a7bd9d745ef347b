// Idempotency-Key for every unsafe request: claim before validation, store the answer on send,
// replay it later. Scope: (user id or "anon", method, url, key).
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { IDEMPOTENCY_KEY_PATTERN, IDEMPOTENCY_REPLAYED_HEADER } from '../../src/contract/constants'
import { nowMs } from '../deps'
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from '../store/idempotency'
import { UNSAFE_METHODS } from './auth'
import { bankError, fieldError } from '../errors'

const KEY_RE = new RegExp(IDEMPOTENCY_KEY_PATTERN)
/** Response headers replayed with the stored body. */
const KEPT_HEADERS = ['content-type', 'set-cookie']

/** JSON with object keys sorted at every level, so equal bodies hash equally. */
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

const hashBody = (body: unknown) =>
  createHash('sha256')
    .update(body === undefined ? '' : canonicalJson(body))
    .digest('hex')

/** Installs the idempotency hooks. */
export function installIdempotency(app: FastifyInstance): void {
  app.decorateRequest('idempotency', null)
  const release = (request: FastifyRequest) => {
    if (request.idempotency?.state !== 'claimed') return
    request.idempotency.state = 'stored'
    releaseIdempotencyKey(app.deps.db, request.idempotency.scope)
  }

  app.addHook('preValidation', async (request, reply) => {
    if (!UNSAFE_METHODS.has(request.method) || request.is404) return
    const key = request.headers['idempotency-key']
    if (key === undefined) return
    if (typeof key !== 'string' || !KEY_RE.test(key))
      throw fieldError('Idempotency-Key', 'Idempotency-Key 格式不正确')
    const scope = { scope: request.user?.id ?? 'anon', method: request.method, url: request.url, key }
    const claim = claimIdempotencyKey(app.deps.db, scope, hashBody(request.body), nowMs(app.deps))
    if (claim.kind === 'mismatch') {
      throw bankError('IDEMPOTENCY_KEY_REUSED')
    }
    if (claim.kind === 'in_progress') {
      throw bankError('IDEMPOTENCY_IN_PROGRESS')
    }
    request.idempotency = { scope, state: claim.kind === 'claimed' ? 'claimed' : 'replayed' }
    if (claim.kind === 'replay') {
      const { status, body, headers } = claim.response
      reply.code(status).headers({ ...headers, [IDEMPOTENCY_REPLAYED_HEADER]: 'true' })
      return reply.send(body === '' ? undefined : body)
    }
  })

  app.addHook('onSend', async (request, reply, payload) => {
    const idem = request.idempotency
    if (idem?.state !== 'claimed') return payload
    if (reply.statusCode >= 500) {
      release(request)
      return payload
    }
    idem.state = 'stored'
    const headers: Record<string, string | string[]> = {}
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name)
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.map(String) : String(value)
    }
    const body =
      typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : ''
    completeIdempotencyKey(app.deps.db, idem.scope, { status: reply.statusCode, body, headers })
    return payload
  })
  app.addHook('preHandler', async (request) => {
    if (request.idempotency) request.idempotency.handlerStarted = true
  })
  // onSend normally stores the answer; these only forget claims whose work never ran.
  app.addHook('onResponse', async (request) => release(request))
  app.addHook('onRequestAbort', async (request) => {
    if (!request.idempotency?.handlerStarted) release(request)
  })
}
