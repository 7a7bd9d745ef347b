// Event capacity under real concurrency: processes sign up and cancel through the routes' store
// functions on one SQLite file at the same moment. Places are counted in people and never exceeded;
// the waitlist keeps one consistent order; cancels promote the line in order; one person tapping many
// times holds one sign-up.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { logInAs, logInCustomers, makeBank } from '../support/api-app'
import { openDb } from '../../mock/store/db'
import { signUpForEvent } from '../../mock/store/events/signups'
import { race } from '../support/race'

const WORKER = 'test/support/store-worker.ts'
const EVENT = 'ev_dainan_thanks'
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-event-race-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A bank on a file whose event has `capacity` places, `taken` of them already held by a seeded party. */
async function bankWithPlaces(capacity: number) {
  const dbFile = path.join(dir, 'bank.db')
  const bank = await makeBank({ dbFile })
  bank.app.deps.db.prepare('UPDATE events SET capacity = ? WHERE id = ?').run(capacity, EVENT)
  return { dbFile, bank }
}

interface SignupLine {
  id: string
  user_id: string
  status: string
  party_size: number
  seq: number
}

/** What the store holds afterwards: the event's count and its sign-ups in line order. */
function stateOf(dbFile: string) {
  const { db } = openDb(dbFile)
  try {
    const event = db.prepare('SELECT taken, capacity FROM events WHERE id = ?').get(EVENT) as {
      taken: number
      capacity: number
    }
    const signups = db
      .prepare(
        'SELECT id, user_id, status, party_size, seq FROM event_signups WHERE event_id = ? ORDER BY seq',
      )
      .all(EVENT) as SignupLine[]
    const people = (status: string) =>
      signups.filter((s) => s.status === status).reduce((n, s) => n + s.party_size, 0)
    return { event, signups, registeredPeople: people('registered') }
  } finally {
    db.close()
  }
}

test('thirty customers sign up at once for the last ten places: ten registered, twenty in one line', async () => {
  const { dbFile, bank } = await bankWithPlaces(10)
  const customers = logInCustomers(bank, 30)
  const nowMs = bank.clock.now().getTime()
  await bank.app.close()
  const results = await race(
    WORKER,
    customers.map((c) => [dbFile, 'event-signup', c.userId, String(nowMs), `${EVENT}:1`]),
  )
  expect(results.map((r) => r.status)).toEqual(customers.map(() => 201))
  expect(results.filter((r) => r.signupStatus === 'registered')).toHaveLength(10)
  expect(results.filter((r) => r.signupStatus === 'waitlisted')).toHaveLength(20)
  const { event, signups, registeredPeople } = stateOf(dbFile)
  expect(event).toEqual({ taken: 10, capacity: 10 })
  expect(registeredPeople).toBe(10)
  // Whoever committed first got in: the line holds only those who came after every registered one.
  const lastIn = Math.max(...signups.filter((s) => s.status === 'registered').map((s) => s.seq))
  const line = signups.filter((s) => s.status === 'waitlisted')
  expect(line).toHaveLength(20)
  expect(line.every((s) => s.seq > lastIn)).toBe(true)
}, 90_000)

test('five cancels at once promote the first five of the line, in order, and the totals add up', async () => {
  const { dbFile, bank } = await bankWithPlaces(8)
  const customers = logInCustomers(bank, 14)
  const { db } = bank.app.deps
  const nowMs = bank.clock.now().getTime()
  const rows = customers.map((c) =>
    signUpForEvent(
      db,
      c.userId,
      EVENT,
      { name: '测试客户', phone: c.phone, village: '戴南村', partySize: 1 },
      nowMs,
    ),
  )
  const registered = rows.filter((r) => r.status === 'registered')
  const waiting = rows.filter((r) => r.status === 'waitlisted')
  expect([registered.length, waiting.length]).toEqual([8, 6])
  await bank.app.close()
  const leaving = registered.slice(0, 5)
  const results = await race(
    WORKER,
    leaving.map((r) => [dbFile, 'event-cancel', r.user_id, String(nowMs + 1000), r.id]),
  )
  expect(results.map((r) => r.status)).toEqual(leaving.map(() => 201))
  const { event, signups, registeredPeople } = stateOf(dbFile)
  const statusOf = new Map(signups.map((s) => [s.id, s.status]))
  expect(waiting.map((w) => statusOf.get(w.id))).toEqual([
    'registered',
    'registered',
    'registered',
    'registered',
    'registered',
    'waitlisted',
  ])
  expect(event.taken).toBe(8)
  expect(registeredPeople).toBe(8)
  const { db: after } = openDb(dbFile)
  try {
    const messages = after.prepare("SELECT user_id FROM messages WHERE kind = 'event'").all() as {
      user_id: string
    }[]
    expect(messages.map((m) => m.user_id).sort()).toEqual(
      waiting
        .slice(0, 5)
        .map((w) => w.user_id)
        .sort(),
    )
  } finally {
    after.close()
  }
}, 90_000)

test('one customer tapping sign-up eight times at once holds exactly one sign-up', async () => {
  const { dbFile, bank } = await bankWithPlaces(60)
  const wang = logInAs(bank, '13900000001')
  const nowMs = bank.clock.now().getTime()
  await bank.app.close()
  const results = await race(
    WORKER,
    Array.from({ length: 8 }, () => [dbFile, 'event-signup', wang.userId, String(nowMs), `${EVENT}:2`]),
  )
  expect(results.filter((r) => r.status === 201)).toHaveLength(1)
  expect(results.filter((r) => r.status !== 201).map((r) => [r.status, r.body?.code])).toEqual(
    Array.from({ length: 7 }, () => [409, 'EVENT_ALREADY_SIGNED_UP']),
  )
  const { event, signups } = stateOf(dbFile)
  expect(signups.map((s) => [s.user_id, s.status])).toEqual([[wang.userId, 'registered']])
  expect(event.taken).toBe(2)
}, 90_000)
