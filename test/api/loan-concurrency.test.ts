// The credit line's invariant under real concurrency: SUM(outstanding principal of active loans) ==
// used_fen <= limit_fen. In-process requests cannot prove it (better-sqlite3 runs each handler's
// transaction to completion before the next starts), so ten OS processes open the same SQLite file
// and draw at the same moment through the drawdown store function. Without the immediate transaction
// they would read the same available amount and over-draw, or fail with SQLITE_BUSY (a 500 here).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { LoanListResult, LoanOverview } from '@/contract/loans'
import { logInAs, makeBank } from '../support/api-app'
import { loanClient, signedLine } from '../support/loan-flow'
import { race } from '../support/race'

const WORKER = 'test/support/store-worker.ts'
const WANG = '13900000001'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-loan-race-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

test('ten processes drawing 10,000 yuan at once from a 50,000 yuan line: exactly five succeed', async () => {
  const dbFile = path.join(dir, 'bank.db')
  const setup = await makeBank({ dbFile })
  const wang = logInAs(setup, WANG)
  await signedLine(setup, wang) // 王建国: 50,000 yuan line
  const nowMs = setup.clock.now().getTime()
  await setup.app.close()

  const results = await race(
    WORKER,
    Array.from({ length: 10 }, () => [dbFile, 'drawdown', wang.userId, String(nowMs), '1000000']),
  )

  expect(results.filter((r) => r.status === 201)).toHaveLength(5)
  const refused = results.filter((r) => r.status !== 201)
  expect(refused.map((r) => [r.status, r.body?.code, r.body?.details?.availableFen])).toEqual(
    Array.from({ length: 5 }, () => [409, 'LIMIT_INSUFFICIENT', 0]),
  )

  const after = await makeBank({ dbFile })
  try {
    const c = loanClient(after, logInAs(after, WANG))
    const loans = (await c.read('/loans')).json<LoanListResult>().items
    const line = (await c.read('/loan/overview')).json<LoanOverview>().creditLine!
    expect(loans).toHaveLength(5)
    expect(line).toMatchObject({ limitFen: 5_000_000, usedFen: 5_000_000, availableFen: 0 })
    expect(loans.reduce((sum, l) => sum + l.outstandingPrincipalFen, 0)).toBe(line.usedFen)
  } finally {
    await after.app.close()
  }
}, 60_000)
