// Campaign sharing under real concurrency: processes run the routes' store functions on one SQLite
// file at the same moment. One anonymous token presented by two customers signing up credits one of
// them; a burst of first visits with one token is one visit; a burst of link requests is one code.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CampaignLink, CampaignVisitResult } from '@/contract/campaign'
import { readVisitorToken } from '../../mock/store/campaign/visitors'
import { openDb } from '../../mock/store/db'
import { logInAs, logInCustomers, makeBank, post } from '../support/api-app'
import { race } from '../support/race'

const WORKER = 'test/support/store-worker.ts'
const EVENT = 'ev_dainan_thanks'
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-campaign-race-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A bank on a file with 张伟's link for the event and one anonymous visit through it. */
async function bankWithVisit() {
  const dbFile = path.join(dir, 'bank.db')
  const bank = await makeBank({ dbFile })
  const staff = logInAs(bank, '13900000101')
  const link = (
    await post(bank.app, '/staff/campaign-links', { kind: 'event', targetId: EVENT }, staff.auth)
  ).json<CampaignLink>()
  const visit = (
    await post(bank.app, '/campaign-visits', { code: link.code, via: 'share' })
  ).json<CampaignVisitResult>()
  const visitorId = readVisitorToken(visit.visitorToken, bank.app.deps.secrets.data)!
  return { dbFile, bank, code: link.code, visitorId }
}

function count(dbFile: string, sql: string, ...args: string[]): number {
  const { db } = openDb(dbFile)
  try {
    return (db.prepare(sql).get(...args) as { n: number }).n
  } finally {
    db.close()
  }
}

test('two customers signing up at once with the same anonymous token: exactly one is credited', async () => {
  const { dbFile, bank, code, visitorId } = await bankWithVisit()
  const customers = logInCustomers(bank, 2)
  const nowMs = bank.clock.now().getTime()
  await bank.app.close()
  const results = await race(
    WORKER,
    customers.map((c) => [dbFile, 'campaign-signup', c.userId, String(nowMs), `${EVENT}:${visitorId}`]),
  )
  expect(results.map((r) => r.status)).toEqual([201, 201])
  expect(count(dbFile, 'SELECT COUNT(*) AS n FROM event_signups WHERE attribution_id = ?', code)).toBe(1)
  expect(
    count(
      dbFile,
      'SELECT COUNT(*) AS n FROM campaign_visitors WHERE id = ? AND user_id IS NOT NULL',
      visitorId,
    ),
  ).toBe(1)
}, 60_000)

test('twenty first visits at once with one token on a new day make one visit', async () => {
  const { dbFile, bank, code, visitorId } = await bankWithVisit()
  const nextDay = bank.clock.now().getTime() + 86_400_000
  await bank.app.close()
  const results = await race(
    WORKER,
    Array.from({ length: 20 }, () => [
      dbFile,
      'campaign-visit',
      '-',
      String(nextDay),
      `${code}:${visitorId}`,
    ]),
  )
  expect(results.map((r) => [r.status, r.counted])).toEqual(results.map(() => [201, true]))
  expect(
    count(dbFile, "SELECT COUNT(*) AS n FROM campaign_visits WHERE code = ? AND date = '2026-11-21'", code),
  ).toBe(1)
  expect(count(dbFile, 'SELECT COUNT(*) AS n FROM campaign_visits WHERE code = ?', code)).toBe(2)
}, 90_000)

test('twenty requests at once for one sharer and event answer one code', async () => {
  const dbFile = path.join(dir, 'bank.db')
  const bank = await makeBank({ dbFile })
  const nowMs = bank.clock.now().getTime()
  await bank.app.close()
  const results = await race(
    WORKER,
    Array.from({ length: 20 }, () => [dbFile, 'campaign-link', 'u_s0102', String(nowMs), EVENT]),
  )
  expect(results.map((r) => r.status)).toEqual(results.map(() => 201))
  expect(new Set(results.map((r) => r.code)).size).toBe(1)
  expect(count(dbFile, "SELECT COUNT(*) AS n FROM campaign_links WHERE sharer_id = 'u_s0102'")).toBe(1)
}, 90_000)
