// One OS process of the coupon concurrency test (test/api/coupon-concurrency.test.ts): opens the shared
// SQLite file, says "ready", waits for "go", claims through the route's own store function and prints
// what happened as one JSON line.
// Usage: node --import tsx test/support/claim-worker.ts <dbFile> <customerId> <batchId> <nowMs>
import { BusinessError } from '../../mock/errors'
import { claimCoupon } from '../../mock/store/coupons/claims'
import { openDb } from '../../mock/store/db'

const [dbFile, customerId, batchId, nowText] = process.argv.slice(2)
const { db } = openDb(dbFile)

function run(): object {
  try {
    return { status: 201, couponId: claimCoupon(db, customerId, batchId, Number(nowText)).id }
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
