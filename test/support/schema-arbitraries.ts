// fast-check arbitraries from the OpenAPI document's JSON Schemas: values the schema accepts, and
// the hostile ones a client may send instead (wrong types, boundaries, missing and extra fields).
import fc from 'fast-check'
import type { JsonSchema } from './world'

/** Longest string generated for a field without maxLength (the server's own limits come from the schema). */
const LONG = 64

/** A value `schema` accepts (as far as patterns and ranges go; semantics are the server's business). */
export function validValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum)
  if (schema.const !== undefined) return fc.constant(schema.const)
  const choices = schema.anyOf ?? schema.oneOf
  if (choices) return fc.oneof(...choices.map(validValue))
  const base = typedValue(schema)
  return schema.nullable ? fc.option(base, { nil: null }) : base
}

function typedValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'string':
      return stringValue(schema)
    case 'integer':
      return fc.integer({ min: lowerBound(schema, -1e9), max: upperBound(schema, 1e9) })
    case 'number':
      return fc.double({ min: lowerBound(schema, -1e9), max: upperBound(schema, 1e9), noNaN: true })
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array':
      return fc.array(schema.items ? validValue(schema.items) : fc.jsonValue({ maxDepth: 2 }), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      })
    case 'object':
      return objectValue(schema)
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

function lowerBound(schema: JsonSchema, otherwise: number): number {
  if (typeof schema.exclusiveMinimum === 'number') return schema.exclusiveMinimum + 1
  const min = schema.minimum ?? otherwise
  return schema.exclusiveMinimum === true ? min + 1 : min
}

function upperBound(schema: JsonSchema, otherwise: number): number {
  if (typeof schema.exclusiveMaximum === 'number') return schema.exclusiveMaximum - 1
  const max = schema.maximum ?? otherwise
  return schema.exclusiveMaximum === true ? max - 1 : max
}

function stringValue(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0
  const maxLength = schema.maxLength ?? LONG
  const fits = (s: string) => s.length >= minLength && s.length <= maxLength
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern)
    // fast-check cannot generate from lookarounds: generate without them, keep what the whole pattern takes.
    const generable = new RegExp(schema.pattern.replace(/\(\?<?[=!][^)]*\)/g, ''))
    return fc.stringMatching(generable).filter((s) => fits(s) && pattern.test(s))
  }
  return fc.string({ unit: 'grapheme', minLength, maxLength: Math.min(maxLength, LONG) }).filter(fits)
}

function objectValue(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {}
  const record = fc.record(
    Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, validValue(property)])),
    { requiredKeys: (schema.required ?? []).filter((name) => name in properties) },
  )
  if (typeof schema.additionalProperties !== 'object') return record
  // A map (Type.Record): a few entries of the value schema under word keys.
  const entries = fc.dictionary(
    fc.stringMatching(/^[A-Za-z]{1,12}$/),
    validValue(schema.additionalProperties),
    { maxKeys: 3 },
  )
  return fc.tuple(record, entries).map(([fixed, extra]) => ({ ...extra, ...fixed }))
}

/** Strings that break naive code: empties, controls, scripts, injections, odd Unicode, huge. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u202e\u0041',
  '\ud800',
  '𠮷𠮷𠮷',
  '０１２３４５',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '"; DROP TABLE bookings; --',
  '../../../etc/passwd',
  '%00',
  '${7*7}',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '2026-02-30T10:00:00+08:00',
  '9999-12-31T23:59:59+08:00',
  '0000-00-00',
  '13900000001\n',
  'a'.repeat(5_000),
]

/** Numbers at the edges of integer fen, dates and JavaScript itself. */
export const HOSTILE_NUMBERS = [
  0,
  -1,
  -0,
  0.5,
  1.005,
  99.999,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1e21,
  1e308,
  5e-324,
]

/** A value of any JSON type, leaning on the ones above. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(true, false, null, [], {}, [null], { $gt: '' }, ['13900000001']),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.jsonValue({ maxDepth: 3 }),
)

/** `value` nested `depth` levels deep in arrays or objects. */
export function nested(depth: number, inObjects: boolean, value: unknown = 1): unknown {
  let out = value
  for (let i = 0; i < depth; i++) out = inObjects ? { a: out } : [out]
  return out
}
