// Claim and redeem throughput: the two writes a campaign day hammers. A bench batch with stock and
// per-person limit out of reach is put straight into the mock's SQLite file, so every claim is a real
// 201; redemptions each spend a coupon of their own with a ticket signed as a lookup would sign it.
import autocannon from 'autocannon'
import { randomUUID } from 'node:crypto'
import { DEVELOPMENT_SECRETS } from '../../mock/config'
import { newRedeemCode, newTokenRef, issueRedeemTicket } from '../../mock/store/coupons/redeem-proofs'
import { openDb } from '../../mock/store/db'
import { beijingDate } from '../../src/utils/beijing-time'
import { addDays } from '../../src/utils/calendar-date'
import { loginBearer, type LoadOptions, type LoadResult } from './api-load'

const BENCH_BATCH = 'cb_bench'
const SHOP = { userId: 'u_m0201', phone: '13900000201' }
const CUSTOMER_ID = 'u_c0001'
/** Coupons made ready for redemption: more than the run can spend. */
const REDEEMABLE = 40_000

/** Adds the bench batch (a copy of 戴南's 满100减20 that never runs out) and coupons to redeem. */
function prepare(dbFile: string): string[] {
  const { db } = openDb(dbFile)
  try {
    const now = Date.now()
    db.prepare(
      `INSERT INTO coupon_batches
         SELECT ?, merchant_id, type, category, title, rules, threshold_fen, discount_fen, item_name, list_price_fen,
                claim_start, claim_end, valid_from, valid_until, valid_days, 100000000, 0, 100000000, NULL, '', 0, ?
         FROM coupon_batches WHERE id = 'cb_dainan_100_20'`,
    ).run(BENCH_BATCH, now)
    const today = beijingDate(now)
    const insert = db.prepare(
      `INSERT INTO coupons (id, batch_id, owner_id, claimed_at, valid_from, valid_until, redeem_code, token_ref)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const tickets: string[] = []
    db.transaction(() => {
      for (let i = 0; i < REDEEMABLE; i += 1) {
        const ref = newTokenRef()
        insert.run(
          `cp_${randomUUID()}`,
          BENCH_BATCH,
          CUSTOMER_ID,
          now,
          today,
          addDays(today, 30),
          newRedeemCode(db),
          ref,
        )
        tickets.push(issueRedeemTicket(DEVELOPMENT_SECRETS.qr, ref, SHOP.userId, 0, now).ticket)
      }
    })()
    return tickets
  } finally {
    db.close()
  }
}

async function run(
  label: string,
  options: LoadOptions,
  request: { url: string; headers: Record<string, string>; next: () => string },
): Promise<LoadResult> {
  const result = await autocannon({
    url: request.url,
    connections: options.connections ?? 10,
    duration: options.durationSeconds ?? 5,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        headers: { ...request.headers, 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: request.next() }),
      },
    ],
  })
  return {
    route: label,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  }
}

/** POST claims by one customer, then POST redemptions by the shop, one after the other. */
export async function measureCouponWrites(
  mockUrl: string,
  dbFile: string,
  options: LoadOptions = {},
): Promise<LoadResult[]> {
  const tickets = prepare(dbFile)
  // Another customer than the reads' one: a phone gets one SMS code a minute.
  const customer = { authorization: `Bearer ${await loginBearer(mockUrl, '13900000002')}` }
  const claim = await run(`POST /api/v1/coupons/batches/${BENCH_BATCH}/claims`, options, {
    url: `${mockUrl}/api/v1/coupons/batches/${BENCH_BATCH}/claims`,
    headers: customer,
    next: () => '{}',
  })
  const shop = { authorization: `Bearer ${await loginBearer(mockUrl, SHOP.phone)}` }
  let sent = 0
  const redeem = await run('POST /api/v1/merchant/redemptions', options, {
    url: `${mockUrl}/api/v1/merchant/redemptions`,
    headers: shop,
    next: () => {
      const ticket = tickets[sent % tickets.length]
      sent += 1
      return JSON.stringify({ ticket, orderAmountFen: 12_800, requestNo: `BENCH-${sent}-${Date.now()}` })
    },
  })
  return [claim, redeem]
}
