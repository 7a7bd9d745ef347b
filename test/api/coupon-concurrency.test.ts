// Coupon stock under real concurrency: processes claim through the route's store function on one
// SQLite file at the same moment. Exactly `stock` claims succeed; one person gets no more than their
// limit however fast they tap.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CouponDetail } from '@/contract/coupons'
import type { CouponLookupResult } from '@/contract/redemptions'
import { get, logInAs, logInCustomers, makeBank, post } from '../support/api-app'
import { openDb } from '../../mock/store/db'
import { race } from '../support/race'

const WORKER = 'test/support/store-worker.ts'
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-coupon-race-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

async function bankWithStock(batchId: string, stock: number, perUserLimit: number) {
  const dbFile = path.join(dir, 'bank.db')
  const bank = await makeBank({ dbFile })
  bank.app.deps.db
    .prepare('UPDATE coupon_batches SET stock = ?, claimed = 0, per_user_limit = ? WHERE id = ?')
    .run(stock, perUserLimit, batchId)
  return { dbFile, bank }
}

/** What the store holds afterwards: the batch's count and the coupons, which must agree. */
function counts(dbFile: string, batchId: string) {
  const { db } = openDb(dbFile)
  try {
    const batch = db.prepare('SELECT claimed FROM coupon_batches WHERE id = ?').get(batchId) as {
      claimed: number
    }
    const held = db.prepare('SELECT COUNT(*) AS n FROM coupons WHERE batch_id = ?').get(batchId) as {
      n: number
    }
    return { claimed: batch.claimed, held: held.n }
  } finally {
    db.close()
  }
}

test('twelve customers claim the last five coupons at once: exactly five get one', async () => {
  const batch = 'cb_shagou_dining_200_30'
  const { dbFile, bank } = await bankWithStock(batch, 5, 1)
  const customers = logInCustomers(bank, 12)
  const nowMs = bank.clock.now().getTime()
  await bank.app.close()
  const results = await race(
    WORKER,
    customers.map((c) => [dbFile, 'claim', c.userId, String(nowMs), batch]),
  )
  expect(results.filter((r) => r.status === 201)).toHaveLength(5)
  expect(results.filter((r) => r.status !== 201).map((r) => [r.status, r.body?.code])).toEqual(
    Array.from({ length: 7 }, () => [409, 'COUPON_SOLD_OUT']),
  )
  expect(counts(dbFile, batch)).toEqual({ claimed: 5, held: 5 })
}, 60_000)

test('one customer tapping six times at once gets exactly their limit of two', async () => {
  const batch = 'cb_dainan_100_20'
  const { dbFile, bank } = await bankWithStock(batch, 100, 2)
  const wang = logInAs(bank, '13900000001')
  const nowMs = bank.clock.now().getTime()
  await bank.app.close()
  const results = await race(
    WORKER,
    Array.from({ length: 6 }, () => [dbFile, 'claim', wang.userId, String(nowMs), batch]),
  )
  expect(results.filter((r) => r.status === 201)).toHaveLength(2)
  expect(results.filter((r) => r.status !== 201).map((r) => r.body?.code)).toEqual(
    Array.from({ length: 4 }, () => 'COUPON_LIMIT_REACHED'),
  )
  expect(counts(dbFile, batch)).toEqual({ claimed: 2, held: 2 })
}, 60_000)

test('eight tills redeem one coupon at the same moment: one redemption, seven told it is used', async () => {
  const dbFile = path.join(dir, 'bank.db')
  const bank = await makeBank({ dbFile })
  const wang = logInAs(bank, '13900000001')
  const shop = logInAs(bank, '13900000201')
  const claimed = await post(bank.app, '/coupons/batches/cb_dainan_100_20/claims', {}, wang.auth)
  const { redeemCode } = (
    await get(bank.app, `/coupons/mine/${claimed.json<{ id: string }>().id}`, wang.auth)
  ).json<CouponDetail>()
  const { ticket } = (
    await post(bank.app, '/merchant/coupon-lookups', { code: redeemCode }, shop.auth)
  ).json<CouponLookupResult>()
  const nowMs = bank.clock.now().getTime()
  await bank.app.close()
  const results = await race(
    WORKER,
    Array.from({ length: 8 }, (_, i) => [
      dbFile,
      'redeem',
      shop.userId,
      String(nowMs),
      JSON.stringify({ ticket, orderAmountFen: 12_800, requestNo: `TILL-${i}-0000` }),
    ]),
  )
  expect(results.filter((r) => r.status === 201)).toHaveLength(1)
  expect(results.filter((r) => r.status !== 201).map((r) => [r.status, r.body?.code])).toEqual(
    Array.from({ length: 7 }, () => [409, 'COUPON_ALREADY_REDEEMED']),
  )
  const { db } = openDb(dbFile)
  try {
    expect(db.prepare('SELECT COUNT(*) AS n FROM coupon_redemptions').get()).toEqual({ n: 1 })
  } finally {
    db.close()
  }
}, 60_000)
