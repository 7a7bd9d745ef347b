// JSON only: text/plain is refused (415), an empty JSON body counts as no body, a body nested deeper
// than any request needs is refused (400) before anything reads it, and query values that are plainly
// numbers or booleans become them where the schema says so (bodies are never coerced).
import type { FastifyInstance } from 'fastify'
import type { TSchema } from '@sinclair/typebox'
import { fieldError } from '../errors'

/** Deepest nesting of arrays and objects a body may have (the deepest request needs 3). */
export const MAX_BODY_DEPTH = 16

/** True when the JSON text nests deeper than `max`; counts brackets outside strings, no recursion. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') {
      if (++depth > max) return true
    } else if (c === '}' || c === ']') depth--
  }
  return false
}

const POISON_KEY = /"(__proto__|constructor)"\s*:/

function isValidJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** Installs the JSON parser and query conversion. */
export function installBodyParsing(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body)
    if (text.trim() === '') return done(null, undefined)
    if (nestsDeeperThan(text, MAX_BODY_DEPTH)) return done(fieldError('body', '请求内容层级过深'), undefined)
    return parseJson(request, text, (error, value) => {
      // Valid JSON with a __proto__ or constructor key is refused (prototype poisoning): say so,
      // rather than call the body invalid JSON.
      if (error && isValidJson(text) && POISON_KEY.test(text))
        return done(fieldError('body', '请求体含有不允许的字段（__proto__ 或 constructor）'), undefined)
      return done(error, value)
    })
  })
  app.addHook('preValidation', async (request) => {
    const schema = request.routeOptions.schema?.querystring as TSchema | undefined
    if (!schema || !request.query || typeof request.query !== 'object') return
    request.query = convertQuery(schema, request.query as Record<string, unknown>)
  })
}

const INTEGER_TEXT = /^-?\d{1,15}$/
const NUMBER_TEXT = /^-?\d{1,15}(\.\d{1,15})?$/

/**
 * Query values as the schema types them, strictly: "12" is a number where a number is expected, but
 * "1e308", "0x10", "1.5" for an integer, "true" for a number or a repeated key stay as they came, and
 * validation refuses them (400).
 */
export function convertQuery(schema: TSchema, query: Record<string, unknown>): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, TSchema>
  return Object.fromEntries(
    Object.entries(query).map(([name, value]) => {
      const type = properties[name]?.type
      if (typeof value !== 'string') return [name, value]
      if (type === 'integer' && INTEGER_TEXT.test(value)) return [name, Number(value)]
      if (type === 'number' && NUMBER_TEXT.test(value)) return [name, Number(value)]
      if (type === 'boolean' && (value === 'true' || value === 'false')) return [name, value === 'true']
      return [name, value]
    }),
  )
}
