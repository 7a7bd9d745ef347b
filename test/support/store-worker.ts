// One OS process of a concurrency test (test/support/race.ts): opens the shared SQLite file, says
// "ready", waits for "go" on stdin, runs one store operation the route itself calls, and prints what
// happened as one JSON line (the status the route would answer, and a refusal's body).
// Usage: node --import tsx test/support/store-worker.ts <dbFile> drawdown <customerId> <nowMs> <amountFen>
//        node --import tsx test/support/store-worker.ts <dbFile> claim <customerId> <nowMs> <batchId>
//        node --import tsx test/support/store-worker.ts <dbFile> redeem <merchantId> <nowMs> <RedeemRequest JSON>
//        node --import tsx test/support/store-worker.ts <dbFile> event-signup <customerId> <nowMs> <eventId>:<partySize>
//        node --import tsx test/support/store-worker.ts <dbFile> event-cancel <customerId> <nowMs> <signupId>
//        node --import tsx test/support/store-worker.ts <dbFile> campaign-signup <customerId> <nowMs> <eventId>:<visitorId>
//        node --import tsx test/support/store-worker.ts <dbFile> campaign-visit - <nowMs> <code>:<visitorId>
//        node --import tsx test/support/store-worker.ts <dbFile> campaign-link <sharerId> <nowMs> <eventId>
import { BusinessError } from '../../mock/errors'
import { DEVELOPMENT_SECRETS } from '../../mock/config'
import { getOrCreateLink } from '../../mock/store/campaign/codes'
import { linkExpiry } from '../../mock/store/campaign/links'
import { recordCampaignVisit } from '../../mock/store/campaign/visits'
import { claimCoupon } from '../../mock/store/coupons/claims'
import { redeemCoupon } from '../../mock/store/coupons/redemptions'
import { openDb } from '../../mock/store/db'
import { drawdown } from '../../mock/store/loans/drawdown'
import { cancelEventSignup, signUpForEvent } from '../../mock/store/events/signups'

const [dbFile, operation, customerId, nowText, arg] = process.argv.slice(2)
const nowMs = Number(nowText)
const { db } = openDb(dbFile)

/** The operations a race can run, each answering what a 201 would carry. */
const operations: Record<string, () => object> = {
  // The SMS code is single-use and "latest only", so ten valid codes for one customer cannot exist at
  // once: each process confirms as the code check would on success. The rest is the route's own path.
  drawdown: () => ({
    loanId: drawdown(
      db,
      { customerId, amountFen: Number(arg), termMonths: 12, method: 'equal-instalment', nowMs },
      () => ({ kind: 'ok', sentAt: nowMs }),
    ),
  }),
  claim: () => ({ couponId: claimCoupon(db, customerId, arg, nowMs).id }),
  // The caller is the merchant here; the bank under test signs with the development secret.
  redeem: () => ({
    redemptionId: redeemCoupon(db, customerId, JSON.parse(arg), DEVELOPMENT_SECRETS.qr, nowMs).row.id,
  }),
  // The caller's own name and number, as the sign-up form prefills them.
  'event-signup': () => {
    const [eventId, party] = arg.split(':')
    const phone = (db.prepare('SELECT phone FROM users WHERE id = ?').get(customerId) as { phone: string })
      .phone
    const row = signUpForEvent(
      db,
      customerId,
      eventId,
      { name: '测试客户', phone, village: '戴南村', partySize: Number(party) },
      nowMs,
    )
    return { signupId: row.id, signupStatus: row.status }
  },
  'event-cancel': () => ({ signupId: cancelEventSignup(db, customerId, arg, nowMs).id }),
  // The visitor id of a token the route has already checked, as the sign-up route passes it.
  'campaign-signup': () => {
    const [eventId, visitorId] = arg.split(':')
    const body = { name: '测试客户', village: '戴南村', partySize: 1 }
    return { signupId: signUpForEvent(db, customerId, eventId, body, nowMs, visitorId).id }
  },
  // An anonymous caller presenting a token the bank issued earlier.
  'campaign-visit': () => {
    const [code, visitorId] = arg.split(':')
    const answer = recordCampaignVisit(db, {
      code,
      via: 'share',
      visitorId,
      user: null,
      callerHash: 'race',
      secret: DEVELOPMENT_SECRETS.data,
      nowMs,
    })
    return { counted: answer.counted }
  },
  'campaign-link': () => {
    const expiresAt = linkExpiry(db, 'event', arg, nowMs)
    return {
      code: getOrCreateLink(db, { sharerId: customerId, kind: 'event', targetId: arg, nowMs, expiresAt }).row
        .code,
    }
  },
}

function run(): object {
  try {
    return { status: 201, ...operations[operation]() }
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
