// JSON only: text/plain is refused (415), an empty JSON body counts as no body, and query strings
// are converted to the schema's types (bodies are never coerced).
import type { FastifyInstance } from 'fastify'
import type { TSchema } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'

/** Installs the JSON parser and query conversion. */
export function installBodyParsing(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (typeof body === 'string' && body.trim() === '') return done(null, undefined)
    return parseJson(request, String(body), done)
  })
  app.addHook('preValidation', async (request) => {
    const schema = request.routeOptions.schema?.querystring as TSchema | undefined
    if (!schema || !request.query || typeof request.query !== 'object') return
    request.query = Value.Convert(schema, request.query)
  })
}
