// The holes a probe of the mock bank found, each held shut: credentials never replayed or kept in
// clear, dev tools off outside development, answers committed with their work, deep bodies refused,
// keyed hashes, the Secure cookie behind TLS, and no start without secrets.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Booking } from '@/contract/bookings'
import type { SlotsResult } from '@/contract/branches'
import type { ErrorBody } from '@/contract/common'
import { API_BASE_PATH, PRIVACY_VERSION } from '@/contract/constants'
import { randomSecret } from '../../mock/config'
import { buildApp } from '../../mock/server'
import { readSmsCode, startMock } from '../e2e/support/mock-process'
import { api, bankForEachTest, get, login, logInAs, makeBank, post } from '../support/api-app'
import { OWN_CARD, readyDraft } from '../support/loan-flow'

const ROOT = path.resolve(__dirname, '../..')
const run = promisify(execFile)

describe('idempotency never hands one caller another caller’s answer', () => {
  const bank = bankForEachTest({ trustProxy: 'loopback' })
  const from = (address: string, key: string) =>
    post(
      bank.app,
      '/auth/sms-codes',
      { phone: '13900000003' },
      {
        'idempotency-key': key,
        'x-forwarded-for': address,
      },
    )

  it('anonymous keys are scoped by the caller: a stranger repeating them is processed afresh', async () => {
    expect((await from('10.0.0.1', 'victim-key-0001')).statusCode).toBe(202)
    const stranger = await from('10.0.0.2', 'victim-key-0001')
    expect(stranger.headers['idempotency-replayed']).toBeUndefined()
    expect(stranger.json<ErrorBody>().code).toBe('SMS_TOO_FREQUENT')
    // The caller itself still gets its own answer back.
    expect((await from('10.0.0.1', 'victim-key-0001')).headers['idempotency-replayed']).toBe('true')
  })

  it('no credential is kept by the idempotency store, whatever the transport', async () => {
    for (const [phone, session] of [
      ['13900000003', 'cookie'],
      ['13900000005', 'bearer'],
    ] as const) {
      await post(bank.app, '/auth/sms-codes', { phone })
      const res = await post(
        bank.app,
        '/auth/sms-login',
        { phone, code: bank.lastCode(phone), session, privacyVersion: PRIVACY_VERSION },
        { 'idempotency-key': `login-${session}-0001` },
      )
      expect(res.statusCode).toBe(200)
    }
    const rows = bank.app.deps.db.prepare('SELECT * FROM idempotency_keys').all()
    expect(rows).toEqual([])
    const sessions = JSON.stringify(bank.app.deps.db.prepare('SELECT * FROM sessions').all())
    expect(sessions).not.toMatch(/"token_hash":"[A-Za-z0-9_-]{43}"/)
  })
})

describe('logging out always logs out', () => {
  const bank = bankForEachTest()
  it('a logout repeated with the same Idempotency-Key ends the new session too', async () => {
    const logout = (auth: Record<string, string>) =>
      post(bank.app, '/auth/logout', undefined, { ...auth, 'idempotency-key': 'logout-key-0001' })
    const first = await login(bank, '13900000003')
    expect((await logout(first.auth)).statusCode).toBe(204)
    bank.clock.advanceSeconds(61)
    const second = await login(bank, '13900000003')
    const again = await logout(second.auth)
    expect(again.statusCode).toBe(204)
    expect(again.headers['idempotency-replayed']).toBeUndefined()
    expect((await get(bank.app, '/me', second.auth)).statusCode).toBe(401)
  })
})

describe('credentials at rest', () => {
  const bank = bankForEachTest()

  it('expired sessions are purged as new ones are made', async () => {
    logInAs(bank, '13900000003')
    bank.clock.advanceSeconds(8 * 24 * 3600)
    logInAs(bank, '13900000005')
    const users = bank.app.deps.db.prepare('SELECT user_id FROM sessions').all()
    expect(users).toEqual([{ user_id: 'u_c0005' }])
  })

  it('the disbursement card is kept as a keyed hash: no unkeyed digest to search', async () => {
    const wang = logInAs(bank, '13900000001')
    const id = await readyDraft(bank, wang)
    const row = bank.app.deps.db.prepare('SELECT card_hash FROM loan_applications WHERE id = ?').get(id) as {
      card_hash: string
    }
    expect(row.card_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(row.card_hash).not.toBe(createHash('sha256').update(OWN_CARD).digest('hex'))
    expect(JSON.stringify(bank.app.deps.db.prepare('SELECT * FROM loan_applications').all())).not.toContain(
      OWN_CARD,
    )
    // Another bank (another secret) would hash the same card differently.
    const other = await makeBank({ secrets: { data: randomSecret() } })
    try {
      const someone = logInAs(other, '13900000001')
      const otherId = await readyDraft(other, someone)
      const theirs = other.app.deps.db
        .prepare('SELECT card_hash FROM loan_applications WHERE id = ?')
        .get(otherId) as { card_hash: string }
      expect(theirs.card_hash).not.toBe(row.card_hash)
    } finally {
      await other.app.close()
    }
  })
})

describe('dev tools', () => {
  it('production mode starts only with its secrets, and serves no dev tools', async () => {
    await expect(buildApp()).rejects.toThrow(/MOCK_QR_SECRET, MOCK_DATA_SECRET/)
    await expect(buildApp({ secrets: { qr: 'short', data: randomSecret() } })).rejects.toThrow(
      /MOCK_QR_SECRET/,
    )
    const app = await buildApp({ secrets: { qr: randomSecret(), data: randomSecret() } })
    try {
      for (const url of ['/dev/sms-outbox?phone=13900000003', '/dev/clock', '/dev/faults']) {
        expect((await app.inject({ method: 'GET', url: api(url) })).statusCode).toBe(404)
      }
      expect((await app.inject({ method: 'POST', url: api('/dev/reset') })).statusCode).toBe(404)
    } finally {
      await app.close()
    }
  })

  it('in development they answer this machine only', async () => {
    const bank = await makeBank({ trustProxy: 'loopback' })
    try {
      const remote = await get(bank.app, '/dev/clock', { 'x-forwarded-for': '203.0.113.9' })
      expect(remote.statusCode).toBe(404)
      expect((await get(bank.app, '/dev/clock')).statusCode).toBe(200)
    } finally {
      await bank.app.close()
    }
  })

  it('the mock refuses to start in production without secrets, and says which to set', async () => {
    const env = { ...process.env, MOCK_MODE: '', MOCK_QR_SECRET: '', MOCK_DATA_SECRET: '', PORT: '0' }
    const started = run(process.execPath, ['--import', 'tsx', 'mock/main.ts'], { cwd: ROOT, env })
    await expect(started).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('MOCK_QR_SECRET, MOCK_DATA_SECRET'),
    })
  }, 30_000)
})

describe('hostile bodies', () => {
  const bank = bankForEachTest()

  it('a body nested 5,000 deep is 400 on every write, before anything reads it', async () => {
    const wang = logInAs(bank, '13900000001')
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`
    for (const url of ['/bookings', '/auth/sms-codes', '/referrals']) {
      const res = await bank.app.inject({
        method: 'POST',
        url: api(url),
        payload: deep,
        headers: { ...wang.auth, 'content-type': 'application/json', 'idempotency-key': 'deep-body-0001' },
      })
      expect(res.statusCode).toBe(400)
      expect(res.json<ErrorBody>()).toMatchObject({ code: 'VALIDATION_FAILED', message: '请求内容层级过深' })
    }
  })
})

describe('transport security', () => {
  const bank = bankForEachTest({ trustProxy: 'loopback' })

  it('behind a TLS proxy the session cookie is Secure and answers carry HSTS', async () => {
    await post(bank.app, '/auth/sms-codes', { phone: '13900000003' })
    const res = await post(
      bank.app,
      '/auth/sms-login',
      {
        phone: '13900000003',
        code: bank.lastCode('13900000003'),
        session: 'cookie',
        privacyVersion: PRIVACY_VERSION,
      },
      { 'x-forwarded-proto': 'https' },
    )
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure/)
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    expect(res.headers['cache-control']).toBe('no-store')
  })

  it('over plain http there is no Secure flag and no HSTS; every answer has the basic headers', async () => {
    const session = await login(bank, '13900000005', 'cookie')
    expect(String(session.response.headers['set-cookie'])).not.toMatch(/Secure/)
    for (const res of [
      await get(bank.app, '/health'),
      await get(bank.app, '/no-such-route'),
      await get(bank.app, '/me', session.auth),
    ]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.headers['referrer-policy']).toBe('no-referrer')
      expect(res.headers['strict-transport-security']).toBeUndefined()
    }
    expect((await get(bank.app, '/me', session.auth)).headers['cache-control']).toBe('no-store')
  })
})

describe('an answer commits with its work', () => {
  it('the mock dies after committing a booking; the retry with the same key gets the first answer', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-crash-'))
    const dbFile = path.join(dir, 'bank.db')
    const phone = '13900000004'
    let slotStart = ''
    const booking = async (url: string, token: string) =>
      fetch(`${url}${API_BASE_PATH}/bookings`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': 'book-once-0001',
        },
        body: JSON.stringify({ branchId: 'br_dainan', serviceId: 'account-opening', slotStart }),
      })
    try {
      const first = await startMock({ dbFile, env: { MOCK_CRASH_AFTER_COMMIT: 'createBooking' } })
      await fetch(`${first.url}${API_BASE_PATH}/auth/sms-codes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phone }),
      })
      const code = await readSmsCode(first.url, phone)
      const loginRes = await fetch(`${first.url}${API_BASE_PATH}/auth/sms-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phone, code, session: 'bearer', privacyVersion: PRIVACY_VERSION }),
      })
      const { token } = (await loginRes.json()) as { token: string }
      slotStart = await firstOpenSlot(first.url)
      await expect(booking(first.url, token)).rejects.toThrow()
      await first.stop()

      const second = await startMock({ dbFile })
      try {
        const retry = await booking(second.url, token)
        expect(retry.status).toBe(201)
        expect(retry.headers.get('idempotency-replayed')).toBe('true')
        const booked = (await retry.json()) as Booking
        const mine = await fetch(`${second.url}${API_BASE_PATH}/bookings?scope=upcoming`, {
          headers: { authorization: `Bearer ${token}` },
        })
        expect(((await mine.json()) as { items: Booking[] }).items.map((b) => b.id)).toEqual([booked.id])
      } finally {
        await second.stop()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

/** The first available account-opening slot at 大南 in the next two weeks (the mock runs on the real clock here). */
async function firstOpenSlot(url: string): Promise<string> {
  for (let days = 1; days <= 14; days++) {
    const date = new Date(Date.now() + (8 + 24 * days) * 3600_000).toISOString().slice(0, 10)
    const res = await fetch(
      `${url}${API_BASE_PATH}/branches/br_dainan/slots?serviceId=account-opening&date=${date}`,
    )
    if (!res.ok) continue
    const open = ((await res.json()) as SlotsResult).slots.find((slot) => slot.status === 'available')
    if (open) return open.start
  }
  throw new Error('No open slot at br_dainan in the next two weeks')
}
