// Generated from the OpenAPI document: every operation, tried by every kind of caller against one
// customer's things. Intruders get 401, 403 or 404 and change nothing; lists show them only their
// own; the owner gets through. A new operation needs an entry in test/support/access-table.ts.
import { randomSecret } from '../../mock/config'
import { buildApp } from '../../mock/server'
import { ACCESS_TABLE, type AccessEntry, type RequestParts } from '../support/access-table'
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
  type World,
} from '../support/world'

let world: World
let operations: DocumentedOperation[]
beforeAll(async () => {
  world = await makeWorld()
  operations = operationsOf(await openApiDocument())
})
afterAll(() => world.bank.app.close())

const CALLERS = Object.keys(CALLER_ROLES) as CallerName[]

function entryOf(operation: DocumentedOperation): AccessEntry {
  return ACCESS_TABLE[operation.operationId as keyof typeof ACCESS_TABLE]
}

function send(operation: DocumentedOperation, caller: CallerName, parts: RequestParts) {
  const query = parts.query ? `?${new URLSearchParams(parts.query)}` : ''
  return world.bank.app.inject({
    method: operation.method,
    url: fillOpenApiPath(operation.path, parts.params ?? {}) + query,
    headers: world.headers[caller],
    ...(parts.body === undefined ? {} : { payload: parts.body as object }),
  })
}

/** Whether `caller`'s role may call the operation at all. */
function roleMayCall(operation: DocumentedOperation, caller: CallerName): boolean {
  const role = CALLER_ROLES[caller]
  const access = operation['x-access']
  if (access === 'public') return true
  if (!role) return false
  return access === 'session' || access === role
}

/** The owner's text found in an answer to `caller`, beyond what that caller rightly knows. */
function leaked(body: string, caller: CallerName): string[] {
  const known = world.knownTo[caller] ?? []
  return world.ownerSecrets.filter((secret) => !known.includes(secret) && body.includes(secret))
}

it('every operation of the document has an entry in the access table, and the table no other', () => {
  const documented = operations.map((op) => op.operationId).sort()
  const tabled = Object.keys(ACCESS_TABLE).sort()
  expect(documented).toEqual(tabled)
  for (const operation of operations) {
    const entry = entryOf(operation)
    const access = operation['x-access']
    expect([
      operation.operationId,
      entry.kind === 'public' || entry.kind === 'dev' ? entry.kind : 'guarded',
    ]).toEqual([operation.operationId, access === 'public' || access === 'dev' ? access : 'guarded'])
  }
})

it("no caller but the owner reaches the owner's things, and intruders change nothing", async () => {
  const problems: string[] = []
  let tried = 0
  for (const operation of operations) {
    const entry = entryOf(operation)
    if (entry.kind === 'dev') continue
    const parts = entry.request?.(world.ids) ?? {}
    for (const caller of CALLERS) {
      if (entry.kind !== 'public' && caller === entry.owner) continue
      // A public operation is tried anonymously only: as a logged-in caller, logout would end the session.
      if (entry.kind === 'public' && caller !== 'anonymous') continue
      const before = storeSnapshot(world.bank)
      const res = await send(operation, caller, parts)
      tried++
      const where = `${operation.operationId} as ${caller}: ${res.statusCode} ${res.body.slice(0, 120)}`
      const code = res.statusCode >= 400 ? (res.json() as { code?: string }).code : undefined
      if (res.statusCode >= 500) problems.push(`server error — ${where}`)
      const secrets = leaked(res.body + JSON.stringify(res.headers), caller)
      if (secrets.length) problems.push(`leaks ${secrets.join(', ')} — ${where}`)
      if (entry.kind === 'public') continue
      if (!CALLER_ROLES[caller]) {
        if (res.statusCode !== 401 || code !== 'UNAUTHENTICATED')
          problems.push(`anonymous not 401 — ${where}`)
      } else if (!roleMayCall(operation, caller)) {
        if (res.statusCode !== 403 || code !== 'FORBIDDEN') problems.push(`wrong role not 403 — ${where}`)
      } else if (entry.kind === 'record' && res.statusCode !== 404 && res.statusCode !== 403) {
        problems.push(`another's record not 403/404 — ${where}`)
      }
      if ([401, 403, 404].includes(res.statusCode)) {
        const changed = changedTables(before, storeSnapshot(world.bank))
        if (changed.length) problems.push(`refused but changed ${changed.join(', ')} — ${where}`)
      }
    }
  }
  expect(problems).toEqual([])
  // 58 operations by up to five intruders each.
  expect(tried).toBeGreaterThan(200)
})

it('the owner gets through on every guarded operation (so a refusal above means something)', async () => {
  const refused: string[] = []
  for (const operation of operations) {
    const entry = entryOf(operation)
    if (entry.kind !== 'caller' && entry.kind !== 'record') continue
    const res = await send(operation, entry.owner, entry.request?.(world.ids) ?? {})
    if ([401, 403, 404].includes(res.statusCode) || res.statusCode >= 500) {
      refused.push(`${operation.operationId} as ${entry.owner}: ${res.statusCode} ${res.body.slice(0, 120)}`)
    }
  }
  expect(refused).toEqual([])
})

it('a production bank documents and serves no dev tool', async () => {
  const options = { mode: 'production' as const, secrets: { qr: randomSecret(), data: randomSecret() } }
  const devTools = operations.filter((op) => entryOf(op).kind === 'dev')
  expect(devTools.map((op) => op['x-access'])).toEqual(devTools.map(() => 'dev'))
  const documented = operationsOf(await openApiDocument(options)).map((op) => op.operationId)
  expect(documented.length).toBe(operations.length - devTools.length)
  const production = await buildApp({ ...options, dbFile: ':memory:', logLevel: 'silent' })
  try {
    for (const operation of devTools) {
      expect(documented).not.toContain(operation.operationId)
      const res = await production.inject({
        method: operation.method,
        url: operation.path,
        payload: operation.method === 'GET' ? undefined : {},
      })
      expect([operation.operationId, res.statusCode]).toEqual([operation.operationId, 404])
    }
  } finally {
    await production.close()
  }
})
