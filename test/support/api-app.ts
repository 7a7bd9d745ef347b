// Builds the mock bank for API tests: in-memory store, a clock tests can move, captured SMS codes.
import type { LightMyRequestResponse } from 'fastify'
import { API_BASE_PATH, PRIVACY_VERSION, type SessionTransport, type SmsPurpose } from '@/contract/constants'
import type { LoginResult } from '@/contract/auth'
import { buildApp, type BuildAppOptions, type MockApp } from '../../mock/server'
import { createSession } from '../../mock/store/auth/sessions'
import { findOrCreateCustomer } from '../../mock/store/auth/users'

/** A clock that only moves when told. */
export interface TestClock {
  now: () => Date
  advanceSeconds: (seconds: number) => void
}

/** Starts at 2026-11-20 09:00 Beijing time. */
export function makeClock(startIso = '2026-11-20T09:00:00+08:00'): TestClock {
  let ms = Date.parse(startIso)
  return { now: () => new Date(ms), advanceSeconds: (s) => (ms += s * 1000) }
}

/** An app under test with its clock and every SMS it sent. */
export interface TestBank {
  app: MockApp
  clock: TestClock
  sms: { phone: string; code: string; purpose: SmsPurpose }[]
  /** Latest code texted to `phone`. */
  lastCode: (phone: string) => string
}

/** Builds a silent in-memory bank (options may override, e.g. dbFile or faults). */
export async function makeBank(options: BuildAppOptions = {}): Promise<TestBank> {
  const clock = makeClock()
  const sms: TestBank['sms'] = []
  const app = await buildApp({
    mode: 'development',
    now: clock.now,
    logLevel: 'silent',
    onSms: (phone, code, purpose) => sms.push({ phone, code, purpose }),
    ...options,
  })
  const lastCode = (phone: string) => {
    const found = [...sms].reverse().find((m) => m.phone === phone)
    if (!found) throw new Error(`no SMS sent to ${phone}`)
    return found.code
  }
  return { app, clock, sms, lastCode }
}

/**
 * The bank of every test in the file: a fresh in-memory bank before each test, closed after it. The
 * returned object always points at the current test's bank.
 */
export function bankForEachTest(options: BuildAppOptions = {}): TestBank {
  let current: TestBank | undefined
  beforeEach(async () => {
    current = await makeBank(options)
  })
  afterEach(async () => {
    await current?.app.close()
    current = undefined
  })
  const now = () => {
    if (!current) throw new Error('bankForEachTest(): the bank exists only while a test runs')
    return current
  }
  return {
    get app() {
      return now().app
    },
    get clock() {
      return now().clock
    },
    get sms() {
      return now().sms
    },
    lastCode: (phone) => now().lastCode(phone),
  }
}

/** `/api/v1` + path. */
export const api = (path: string) => `${API_BASE_PATH}${path}`

/** POST JSON. */
export function post(app: MockApp, path: string, payload?: unknown, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: api(path), payload: payload as object, headers })
}

/** A logged-in client: headers to send on reads and on writes. */
export interface Session {
  result: LoginResult
  response: LightMyRequestResponse
  /** Headers for GET. */
  auth: Record<string, string>
  /** Headers for POST/PUT/PATCH/DELETE (adds X-CSRF-Token for cookie sessions). */
  write: Record<string, string>
}

/** Requests a code and logs in with it. */
export async function login(
  bank: TestBank,
  phone: string,
  transport: SessionTransport = 'bearer',
  extra: object = {},
): Promise<Session> {
  const sent = await post(bank.app, '/auth/sms-codes', { phone })
  if (sent.statusCode !== 202) throw new Error(`sms-codes ${sent.statusCode} ${sent.body}`)
  const body = {
    phone,
    code: bank.lastCode(phone),
    session: transport,
    privacyVersion: PRIVACY_VERSION,
    ...extra,
  }
  const response = await post(bank.app, '/auth/sms-login', body)
  if (response.statusCode !== 200) throw new Error(`sms-login ${response.statusCode} ${response.body}`)
  const result = response.json() as LoginResult
  if (transport === 'bearer') {
    const auth = { authorization: `Bearer ${result.token}` }
    return { result, response, auth, write: auth }
  }
  const cookie = String(response.headers['set-cookie']).split(';')[0]
  return { result, response, auth: { cookie }, write: { cookie, 'x-csrf-token': result.csrfToken! } }
}

/** GET with headers. */
export function get(app: MockApp, path: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url: api(path), headers })
}

/** A bearer session created straight in the store, for tests that need many users. */
export interface QuickSession {
  userId: string
  phone: string
  /** Headers for reads and writes alike (bearer needs no CSRF token). */
  auth: Record<string, string>
}

/**
 * Logs `phone` in without the SMS round trip (no 60 s resend rule in the way): an unknown number
 * becomes a new customer; seeded staff and merchants keep their role.
 */
export function logInAs(bank: TestBank, phone: string): QuickSession {
  const { db } = bank.app.deps
  const now = bank.clock.now().getTime()
  const user = findOrCreateCustomer(db, phone, now)
  const { token } = createSession(db, user.id, 'bearer', now)
  return { userId: user.id, phone, auth: { authorization: `Bearer ${token}` } }
}

/** `count` new customers 13911110000, 13911110001, … logged in. */
export function logInCustomers(bank: TestBank, count: number): QuickSession[] {
  return Array.from({ length: count }, (_, i) => logInAs(bank, `1391111${String(i).padStart(4, '0')}`))
}

/** Body of a booking request (a loose type so tests can send invalid values). */
export type BookingBody = Record<string, unknown>

/** POST /bookings as a session. */
export function book(bank: TestBank, session: { auth: Record<string, string> }, body: BookingBody) {
  return post(bank.app, '/bookings', body, session.auth)
}

/** A booking body for 戴南支行 account opening at a Beijing time, e.g. slotAt('2026-11-23', '10:00'). */
export function bookingAt(date: string, time: string, extra: BookingBody = {}): BookingBody {
  return {
    branchId: 'br_dainan',
    serviceId: 'account-opening',
    slotStart: `${date}T${time}:00+08:00`,
    ...extra,
  }
}
