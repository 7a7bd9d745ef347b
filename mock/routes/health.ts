// GET /health: liveness, never faulted.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { HealthResult } from '../../src/contract/common'
import { withErrors } from '../http/schemas'

/** Health routes. */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    { schema: { tags: ['health'], summary: '存活检查', response: withErrors({ 200: HealthResult }) } },
    async () => ({ status: 'ok' as const, time: app.deps.now().toISOString() }),
  )
}
