// The endpoint table is the contract: the mock serves exactly its operations, each path's parameters
// match its schema, and an error code an operation does not declare is a failure, not an answer.
import { API } from '@/contract/api'
import { API_BASE_PATH, OPENAPI_PATH } from '@/contract/constants'
import { ENDPOINTS, type EndpointName } from '@/contract/endpoints'
import { ERRORS } from '@/contract/errors'
import { book, bookingAt, logInCustomers, makeBank, bankForEachTest } from '../support/api-app'

const bank = bankForEachTest()

const names = Object.keys(ENDPOINTS) as EndpointName[]
const openApiPath = (path: string) => `${API_BASE_PATH}${path.replace(/:(\w+)/g, '{$1}')}`

test('the mock serves every operation of the table and nothing else', async () => {
  const document = (await bank.app.inject({ method: 'GET', url: OPENAPI_PATH })).json<{
    paths: Record<string, Record<string, unknown>>
  }>()
  const served = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  )
  const declared = names.map((name) => `${ENDPOINTS[name].method} ${openApiPath(ENDPOINTS[name].path)}`)
  expect([...served].sort()).toEqual([...declared].sort())
  for (const name of names) {
    const { method, path } = ENDPOINTS[name]
    expect([name, bank.app.hasRoute({ method, url: `${API_BASE_PATH}${path}` })]).toEqual([name, true])
  }
})

test('without dev tools the dev operations are not served at all', async () => {
  const quiet = await makeBank({ devEndpoints: false })
  try {
    for (const name of names.filter((n) => ENDPOINTS[n].access === 'dev')) {
      const { method, path } = ENDPOINTS[name]
      expect(quiet.app.hasRoute({ method, url: `${API_BASE_PATH}${path}` })).toBe(false)
    }
  } finally {
    await quiet.app.close()
  }
})

test("each path's :parameters are exactly its params schema, and reads take no body", () => {
  for (const name of names) {
    const spec = API[name] as { params?: { properties: object }; body?: unknown }
    const fromPath = [...ENDPOINTS[name].path.matchAll(/:(\w+)/g)].map((m) => m[1]).sort()
    const fromSchema = Object.keys(spec.params?.properties ?? {}).sort()
    expect([name, fromPath]).toEqual([name, fromSchema])
    if (ENDPOINTS[name].method === 'GET') expect([name, spec.body]).toEqual([name, undefined])
  }
})

test('every declared code is in the error table, and the OpenAPI document lists them', async () => {
  const document = (await bank.app.inject({ method: 'GET', url: OPENAPI_PATH })).json<{
    paths: Record<string, Record<string, { description?: string }>>
  }>()
  for (const name of names) {
    for (const code of API[name].errors) expect(ERRORS).toHaveProperty(code)
    const operation = document.paths[openApiPath(ENDPOINTS[name].path)][ENDPOINTS[name].method.toLowerCase()]
    for (const code of API[name].errors) expect(operation.description).toContain(code)
  }
})

test('an error code the operation does not declare is answered 500, so no test can pass over it', async () => {
  // A booking table whose createBooking forgot SLOT_FULL: filling a slot must now fail loudly.
  const declared = API.createBooking.errors as unknown as string[]
  const saved = [...declared]
  declared.splice(declared.indexOf('SLOT_FULL'), 1)
  try {
    const customers = logInCustomers(bank, 4)
    const slot = bookingAt('2026-11-23', '10:00') // 3 places at 戴南支行
    const answers = []
    for (const customer of customers) answers.push(await book(bank, customer, slot))
    const refused = answers.find((a) => a.statusCode >= 400)!
    expect(refused.statusCode).toBe(500)
    expect(refused.json()).toMatchObject({
      code: 'INTERNAL_ERROR',
      message: expect.stringContaining('SLOT_FULL'),
    })
  } finally {
    declared.splice(0, declared.length, ...saved)
  }
})
