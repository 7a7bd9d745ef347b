// Fault injection for resilience testing: 503s, lost answers and latency. Dev, health and the
// OpenAPI document are never faulted.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { API_BASE_PATH, OPENAPI_PATH } from '../../src/contract/constants'
import type { FaultSettings } from '../../src/contract/dev'
import { bankError } from '../errors'

const EXEMPT_PREFIXES = [`${API_BASE_PATH}/dev/`, `${API_BASE_PATH}/health`, OPENAPI_PATH]
const isExempt = (request: FastifyRequest) => EXEMPT_PREFIXES.some((p) => request.url.startsWith(p))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Fault settings from MOCK_DELAY_MS, MOCK_JITTER_MS, MOCK_FAIL_RATE, MOCK_DROP_RATE (clamped). */
export function faultsFromEnv(env: Record<string, string | undefined>): FaultSettings {
  const num = (name: string, max: number) => Math.min(max, Math.max(0, Number(env[name]) || 0))
  return {
    delayMs: Math.round(num('MOCK_DELAY_MS', 60000)),
    jitterMs: Math.round(num('MOCK_JITTER_MS', 60000)),
    failRate: num('MOCK_FAIL_RATE', 1),
    dropRate: num('MOCK_DROP_RATE', 1),
  }
}

/**
 * Installs the fault hooks; call before installIdempotency. failRate answers 503 before anything
 * runs; the delay is added to every answer before it is stored for idempotency (a slow bank: a second
 * request with the same key meanwhile gets 409); dropRate destroys the socket after the work is done,
 * so the client never learns the outcome and must retry with the same Idempotency-Key.
 */
export function installFaults(app: FastifyInstance): void {
  app.decorateRequest('dropConnection', false)
  app.addHook('onRequest', async (request) => {
    if (isExempt(request)) return
    const { failRate, dropRate } = app.deps.faults
    if (failRate > 0 && Math.random() < failRate) {
      throw bankError('SERVICE_UNAVAILABLE')
    }
    request.dropConnection = dropRate > 0 && Math.random() < dropRate
  })
  app.addHook('onSend', async (request, _reply, payload) => {
    if (isExempt(request)) return payload
    const { delayMs, jitterMs } = app.deps.faults
    const ms = delayMs + Math.random() * jitterMs
    if (ms > 0) await sleep(ms)
    return payload
  })
}

/** Installs the dropRate hook; call after installIdempotency so the answer is stored before it is lost. */
export function installConnectionDrops(app: FastifyInstance): void {
  app.addHook('onSend', async (request, _reply, payload) => {
    if (!request.dropConnection) return payload
    request.log.info('fault injection: connection dropped')
    request.raw.socket?.destroy()
    return payload
  })
}
