// Property tests generated from the OpenAPI document: every operation gets random and hostile
// requests from every kind of caller (wrong types, boundaries, missing and extra fields, deep and
// huge bodies, broken JSON, other content types, odd path and query values). Whatever arrives, the
// bank answers below 500; a refusal is JSON in the documented shape with a code the operation
// declares (or a universal one) and a Chinese message, and leaves the store as it was.
import { Value } from '@sinclair/typebox/value'
import fc from 'fast-check'
import { ErrorBody } from '@/contract/common'
import { ENDPOINTS, type EndpointName } from '@/contract/endpoints'
import { UNIVERSAL_ERROR_CODES } from '@/contract/errors'
import { MAX_BODY_DEPTH } from '../../mock/http/body-parsing'
import { ACCESS_TABLE } from '../support/access-table'
import { hostileValue, HOSTILE_STRINGS, nested, validValue } from '../support/schema-arbitraries'
import {
  CALLER_ROLES,
  changedTables,
  fillOpenApiPath,
  makeWorld,
  openApiDocument,
  operationsOf,
  storeSnapshot,
  type CallerName,
  type DocumentedOperation,
  type JsonSchema,
  type World,
} from '../support/world'

/** Cases per operation (HOSTILE_RUNS overrides, e.g. 2000 for a long hunt). */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 150)

/**
 * Refusals that rightly change the store, and why: a wrong code counts toward spending it (so
 * guessing stays bounded whatever else the request carries).
 */
const REFUSALS_THAT_COUNT: Partial<Record<EndpointName, string[]>> = {
  smsLogin: ['sms_codes'],
  bindRealName: ['sms_codes'],
  signLoanContract: ['sms_codes'],
  drawdown: ['sms_codes'],
  // A well-formed code that names no coupon is a guess, counted against the merchant.
  lookupCoupon: ['redeem_code_failures'],
  // A typed event check-in code that fits no sign-up is a guess too.
  checkInAtEvent: ['check_in_failures'],
}

/** One generated request. */
interface HostileCase {
  kind: string
  caller: CallerName
  params: Record<string, string>
  query: string
  body?: { text: string; contentType: string }
  idempotencyKey?: string
}

const CALLERS = Object.keys(CALLER_ROLES) as CallerName[]
const JSON_TYPE = 'application/json'
const json = (value: unknown) => ({ text: JSON.stringify(value) ?? 'null', contentType: JSON_TYPE })

/** Path parameter values: real ids (anyone's), valid-looking ones, and hostile strings. */
function paramValue(schema: JsonSchema, world: World): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...Object.values(world.ids), 'br_dainan', 'br_zhaoyang'),
    validValue(schema).map(String),
    fc.constantFrom(...HOSTILE_STRINGS, '..', '.', '%2e%2e%2f', 'a/b', '?x=1', '#'),
  )
}

/** A query string: valid values, a hostile one, a missing or extra key, repeated keys. */
function queryText(operation: DocumentedOperation): fc.Arbitrary<string> {
  const inQuery = (operation.parameters ?? []).filter((p) => p.in === 'query')
  const valid = fc.record(
    Object.fromEntries(inQuery.map((p) => [p.name, validValue(p.schema).map(String)])),
    {
      requiredKeys: inQuery.filter((p) => p.required).map((p) => p.name),
    },
  )
  const names = inQuery.map((p) => p.name)
  const text = (entries: [string, string][]) => new URLSearchParams(entries).toString()
  const hostileText = hostileValue.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
  return fc.oneof(
    valid.map((q) => text(Object.entries(q))),
    names.length
      ? fc
          .tuple(valid, fc.constantFrom(...names), hostileText)
          .map(([q, name, v]) => text(Object.entries({ ...q, [name]: v })))
      : fc.constant(''),
    fc
      .tuple(valid, fc.string({ minLength: 1, maxLength: 8 }), hostileText)
      .map(([q, k, v]) => text([...Object.entries(q), [k, v]])),
    names.length
      ? fc
          .tuple(valid, fc.constantFrom(...names))
          .map(([q, name]) => text([...Object.entries(q), [name, 'a'], [name, 'b']]))
      : fc.constant(''),
    fc.constantFrom('%', '%zz', '&&&', '=', 'a[b]=1', 'a[__proto__][x]=1', '__proto__=1', 'constructor=1'),
  )
}

/** A JSON object body with one thing wrong, or something that is not the object at all. */
function bodies(operation: DocumentedOperation): fc.Arbitrary<{ kind: string; body?: HostileCase['body'] }> {
  const schema = operation.requestBody?.content[JSON_TYPE].schema ?? { type: 'object', properties: {} }
  const valid = validValue(schema)
  const properties = Object.keys(schema.properties ?? {})
  const asObject = (v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
  const cases: fc.Arbitrary<{ kind: string; body?: HostileCase['body'] }>[] = [
    valid.map((v) => ({ kind: 'valid', body: json(v) })),
    fc
      .tuple(
        valid,
        fc.constantFrom('__proto__', 'constructor', 'userId', 'role', 'status', 'x'),
        hostileValue,
      )
      .map(([v, key, extra]) => ({
        kind: 'extra field',
        body: json({ ...asObject(v), [key]: extra }),
      })),
    hostileValue.map((v) => ({ kind: 'not the object', body: json(v) })),
    fc.tuple(fc.integer({ min: MAX_BODY_DEPTH + 1, max: 3_000 }), fc.boolean()).map(([depth, inObjects]) => ({
      kind: 'deep',
      body: json({ [properties[0] ?? 'a']: nested(depth, inObjects) }),
    })),
    fc
      .constantFrom(
        '{',
        '{"a":',
        'nul',
        '\ufeff{}',
        '{"a":1}{"b":2}',
        '[1,]',
        "{'a':1}",
        '{"a":1,"a":2}',
        '{"__proto__":{"x":1}}',
        '{"constructor":{"prototype":{"x":1}}}',
      )
      .map((text) => ({
        kind: 'broken JSON',
        body: { text, contentType: JSON_TYPE },
      })),
    fc
      .tuple(
        valid,
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          'application/json; charset=latin1',
          'application/jsonx',
          '*/*',
        ),
      )
      .map(([v, contentType]) => ({
        kind: 'content type',
        body: { text: JSON.stringify(v) ?? '', contentType },
      })),
    fc.constant({ kind: 'huge', body: json({ [properties[0] ?? 'a']: 'x'.repeat(70 * 1024) }) }),
    fc.constant({ kind: 'no body' }),
  ]
  if (properties.length) {
    cases.push(
      fc.tuple(valid, fc.constantFrom(...properties), hostileValue).map(([v, key, bad]) => ({
        kind: 'wrong field',
        body: json({ ...asObject(v), [key]: bad }),
      })),
    )
  }
  const required = schema.required ?? []
  if (required.length) {
    cases.push(
      fc.tuple(valid, fc.constantFrom(...required)).map(([v, key]) => {
        const rest = { ...asObject(v) }
        delete rest[key]
        return { kind: 'missing field', body: json(rest) }
      }),
    )
  }
  return fc.oneof(...cases)
}

function hostileCases(operation: DocumentedOperation, world: World): fc.Arbitrary<HostileCase> {
  const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path')
  const keys = fc.option(
    fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), fc.stringMatching(/^[ -~]{0,80}$/)),
    { freq: 3 },
  )
  return fc
    .record({
      caller: fc.constantFrom(...CALLERS),
      params: fc.record(Object.fromEntries(pathParams.map((p) => [p.name, paramValue(p.schema, world)]))),
      query: queryText(operation),
      shaped: bodies(operation),
      idempotencyKey: keys,
    })
    .map(({ shaped, idempotencyKey, ...rest }) => ({
      ...rest,
      kind: shaped.kind,
      ...(shaped.body ? { body: shaped.body } : {}),
      ...(idempotencyKey === null ? {} : { idempotencyKey }),
    }))
}

/** Sends one case and throws when the answer breaks a rule; answers the case's kind for the report. */
async function check(world: World, operation: DocumentedOperation, c: HostileCase): Promise<void> {
  const name = operation.operationId as EndpointName
  const before = storeSnapshot(world.bank)
  const res = await world.bank.app.inject({
    method: operation.method,
    url: fillOpenApiPath(operation.path, c.params) + (c.query ? `?${c.query}` : ''),
    headers: {
      ...world.headers[c.caller],
      ...(c.body ? { 'content-type': c.body.contentType } : {}),
      ...(c.idempotencyKey === undefined ? {} : { 'idempotency-key': c.idempotencyKey }),
    },
    ...(c.body ? { payload: c.body.text } : {}),
  })
  const answer = `${res.statusCode} ${res.body.slice(0, 200)}`
  if (res.statusCode >= 500) throw new Error(`server error: ${answer}`)
  if (res.statusCode < 400) return
  let body: unknown
  try {
    body = JSON.parse(res.body)
  } catch {
    throw new Error(`refusal is not JSON: ${answer}`)
  }
  if (!Value.Check(ErrorBody, body)) throw new Error(`refusal not in the ErrorBody shape: ${answer}`)
  const allowed = new Set<string>([...operation['x-errors'], ...UNIVERSAL_ERROR_CODES])
  if (!allowed.has(body.code)) throw new Error(`undeclared code ${body.code}: ${answer}`)
  if (!/[\u4e00-\u9fff]/.test(body.message)) throw new Error(`message not in Chinese: ${answer}`)
  const mayChange = new Set(REFUSALS_THAT_COUNT[name] ?? [])
  // A declared refusal is the stored answer of its Idempotency-Key.
  if (c.idempotencyKey !== undefined) mayChange.add('idempotency_keys')
  const changed = changedTables(before, storeSnapshot(world.bank)).filter((t) => !mayChange.has(t))
  if (changed.length) throw new Error(`refusal changed ${changed.join(', ')}: ${answer}`)
}

const report = new Map<string, Map<string, number>>()

/** Values every body field is set to, one field at a time, on top of a request that could succeed. */
const FIELD_BOUNDARIES: unknown[] = [
  '',
  ' ',
  'x',
  'a'.repeat(5_000),
  -1,
  0,
  0.5,
  2 ** 53 + 2,
  1e21,
  true,
  null,
  [],
  {},
]

/** Each body field × each boundary value, sent by the caller who owns what the operation touches. */
function fieldCases(operation: DocumentedOperation, world: World): HostileCase[] {
  const schema = operation.requestBody?.content[JSON_TYPE].schema
  if (!schema?.properties) return []
  const entry = ACCESS_TABLE[operation.operationId as EndpointName]
  const parts = entry.kind === 'dev' ? {} : (entry.request?.(world.ids) ?? {})
  const caller = entry.kind === 'record' || entry.kind === 'caller' ? entry.owner : 'owner'
  const base =
    parts.body && typeof parts.body === 'object'
      ? parts.body
      : fc.sample(validValue(schema), { numRuns: 1 })[0]
  const params = parts.params ?? {}
  const query = parts.query ? new URLSearchParams(parts.query).toString() : ''
  return Object.keys(schema.properties).flatMap((field) =>
    FIELD_BOUNDARIES.map((value) => ({
      kind: 'each field',
      caller,
      params,
      query,
      body: json({ ...(base as object), [field]: value }),
    })),
  )
}

async function tryOperation(world: World, operation: DocumentedOperation, afterEach?: () => void) {
  const counts = new Map<string, number>()
  report.set(operation.operationId, counts)
  for (const c of fieldCases(operation, world)) {
    counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1)
    try {
      await check(world, operation, c)
    } catch (error) {
      throw new Error(`${operation.operationId} ${c.body?.text.slice(0, 120)}: ${(error as Error).message}`)
    } finally {
      afterEach?.()
    }
  }
  await fc.assert(
    fc.asyncProperty(hostileCases(operation, world), async (c) => {
      counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1)
      try {
        await check(world, operation, c)
      } finally {
        afterEach?.()
      }
    }),
    { numRuns: RUNS },
  )
}

let documented: DocumentedOperation[]
beforeAll(async () => {
  documented = operationsOf(await openApiDocument())
})
afterAll(() => {
  const kinds = [...new Set([...report.values()].flatMap((counts) => [...counts.keys()]))].sort()
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0)
  const lines = [...report].map(
    ([name, counts]) => `  ${name.padEnd(26)} ${String(total(counts)).padStart(5)}`,
  )
  const byKind = kinds.map(
    (kind) => `${kind} ${[...report.values()].reduce((n, c) => n + (c.get(kind) ?? 0), 0)}`,
  )
  const all = [...report.values()].reduce((n, c) => n + total(c), 0)
  process.stdout.write(
    `\nHostile input: ${all} cases over ${report.size} operations (every field at its boundaries, then ${RUNS} random runs each; shrinking adds more)\n` +
      `  by kind: ${byKind.join(', ')}\n${lines.join('\n')}\n`,
  )
})

const operationNamed = (name: string) => {
  const found = documented.find((op) => op.operationId === name)
  if (!found) throw new Error(`${name} is not in the OpenAPI document`)
  return found
}

const names = Object.keys(ENDPOINTS) as EndpointName[]

describe('the bank API', () => {
  let world: World
  beforeAll(async () => {
    world = await makeWorld()
  })
  afterAll(() => world.bank.app.close())

  it.each(names.filter((name) => ENDPOINTS[name].access !== 'dev'))('%s', async (name) => {
    await tryOperation(world, operationNamed(name))
  })
})

describe('the dev tools (development mode only)', () => {
  let world: World
  beforeAll(async () => {
    world = await makeWorld()
  })
  afterAll(() => world.bank.app.close())
  // A valid PUT /dev/faults would slow or fail every later request; each case starts without faults.
  const noFaults = () => {
    world.bank.app.deps.faults = { delayMs: 0, jitterMs: 0, failRate: 0, dropRate: 0 }
  }

  it.each(names.filter((name) => ENDPOINTS[name].access === 'dev'))('%s', async (name) => {
    await tryOperation(world, operationNamed(name), noFaults)
  })
})
