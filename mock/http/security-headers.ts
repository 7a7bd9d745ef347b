// Headers every answer carries: no MIME sniffing, no referrer, no framing, HSTS over https, and no
// caching of anything said to a logged-in user.
import type { FastifyInstance } from 'fastify'

/** One year, as browsers' HSTS preload lists expect. */
const HSTS = 'max-age=31536000; includeSubDomains'

/** Installs the security headers. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff')
    reply.header('referrer-policy', 'no-referrer')
    reply.header('x-frame-options', 'DENY')
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS)
    // Personal data and credentials must not sit in a shared or browser cache.
    if (request.user && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store')
    return payload
  })
}
