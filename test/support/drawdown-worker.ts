// One OS process of the drawdown concurrency test (test/api/loan-concurrency.test.ts): opens the
// shared SQLite file, says "ready", waits for "go" on stdin, calls the same drawdown store function
// the route calls, and prints what happened as one JSON line.
// Usage: node --import tsx test/support/drawdown-worker.ts <dbFile> <customerId> <nowMs> <amountFen>
import { BusinessError } from '../../mock/errors'
import { openDb } from '../../mock/store/db'
import { drawdown } from '../../mock/store/loans/drawdown'

const [dbFile, customerId, nowText, amountText] = process.argv.slice(2)
const nowMs = Number(nowText)
const { db } = openDb(dbFile)

function run(): object {
  try {
    // The SMS code is single-use and "latest only", so ten valid codes for one customer cannot exist
    // at once: each process confirms as the code check would on success. The code path under test
    // (transaction, limit check, schedule, used_fen update) is the route's own.
    const loanId = drawdown(
      db,
      { customerId, amountFen: Number(amountText), termMonths: 12, method: 'equal-instalment', nowMs },
      () => ({ kind: 'ok', sentAt: nowMs }),
    )
    return { status: 201, loanId }
  } catch (error) {
    if (error instanceof BusinessError) return { status: error.status, body: error.toBody() }
    return { status: 500, error: String(error) }
  }
}

process.stdout.write('ready\n')
process.stdin.once('data', () => {
  const result = run()
  db.close()
  process.stdout.write(`${JSON.stringify(result)}\n`)
  process.exit(0)
})
