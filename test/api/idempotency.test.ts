import { PRIVACY_VERSION } from '@/contract/constants'
import type { ErrorBody } from '@/contract/common'
import { api, login, post, bankForEachTest } from '../support/api-app'

const bank = bankForEachTest()

const KEY = 'key-0001-abcdef'
const sendCode = (phone: string, key = KEY) =>
  post(bank.app, '/auth/sms-codes', { phone }, { 'idempotency-key': key })
const outboxSize = () =>
  (bank.app.deps.db.prepare('SELECT COUNT(*) AS n FROM sms_outbox').get() as { n: number }).n

describe('Idempotency-Key', () => {
  it('a replay returns the stored status and body with Idempotency-Replayed and changes nothing', async () => {
    const first = await sendCode('13900000003')
    expect(first.statusCode).toBe(202)
    expect(first.headers['idempotency-replayed']).toBeUndefined()
    const replay = await sendCode('13900000003')
    expect(replay.statusCode).toBe(202)
    expect(replay.body).toBe(first.body)
    expect(replay.headers['idempotency-replayed']).toBe('true')
    expect(outboxSize()).toBe(1)
    // Without the key the same request is processed, and refused by the 60 s rule.
    expect((await post(bank.app, '/auth/sms-codes', { phone: '13900000003' })).statusCode).toBe(429)
  })

  it('treats bodies with the same content in another key order as the same body', async () => {
    await login(bank, '13900000003')
    const s = await login(bank, '13900000005')
    const a = await post(
      bank.app,
      '/me/real-name',
      { name: '王芳', idNumber: '321281199001011234' },
      { ...s.write, 'idempotency-key': KEY },
    )
    const b = await post(
      bank.app,
      '/me/real-name',
      { idNumber: '321281199001011234', name: '王芳' },
      { ...s.write, 'idempotency-key': KEY },
    )
    expect(a.statusCode).toBe(200)
    expect(b.statusCode).toBe(200)
    expect(b.headers['idempotency-replayed']).toBe('true')
  })

  it('the same key with a different body is 422 IDEMPOTENCY_KEY_REUSED', async () => {
    await sendCode('13900000003')
    const res = await sendCode('13900000005')
    expect(res.statusCode).toBe(422)
    expect(res.json<ErrorBody>().code).toBe('IDEMPOTENCY_KEY_REUSED')
    expect(outboxSize()).toBe(1)
  })

  it('stored errors replay too (a wrong code stays one wrong attempt)', async () => {
    await post(bank.app, '/auth/sms-codes', { phone: '13900000003' })
    const wrong = bank.lastCode('13900000003') === '000000' ? '111111' : '000000'
    const body = { phone: '13900000003', code: wrong, session: 'bearer', privacyVersion: PRIVACY_VERSION }
    const headers = { 'idempotency-key': 'login-attempt-1' }
    for (let i = 0; i < 3; i++) {
      const res = await post(bank.app, '/auth/sms-login', body, headers)
      expect(res.json()).toMatchObject({ code: 'SMS_CODE_WRONG', details: { attemptsLeft: 4 } })
    }
  })

  it('concurrent requests with one key: one runs, the others get 409 IDEMPOTENCY_IN_PROGRESS', async () => {
    bank.app.deps.faults.delayMs = 150
    const results = await Promise.all(Array.from({ length: 5 }, () => sendCode('13900000003')))
    const statuses = results.map((r) => r.statusCode).sort()
    expect(statuses).toEqual([202, 409, 409, 409, 409])
    expect(results.find((r) => r.statusCode === 409)!.json<ErrorBody>().code).toBe('IDEMPOTENCY_IN_PROGRESS')
    expect(outboxSize()).toBe(1)
    const later = await sendCode('13900000003')
    expect(later.statusCode).toBe(202)
    expect(later.headers['idempotency-replayed']).toBe('true')
  })

  it('the scope includes the user: another user with the same key is processed', async () => {
    const a = await login(bank, '13900000003')
    const b = await login(bank, '13900000005')
    const ra = await post(
      bank.app,
      '/me/real-name',
      { name: '王芳', idNumber: '321281199001011234' },
      { ...a.write, 'idempotency-key': KEY },
    )
    const rb = await post(
      bank.app,
      '/me/real-name',
      { name: '王芳', idNumber: '321281199001011234' },
      { ...b.write, 'idempotency-key': KEY },
    )
    expect(ra.statusCode).toBe(200)
    expect(rb.statusCode).toBe(409)
    expect(rb.json<ErrorBody>().code).toBe('ID_NUMBER_IN_USE')
  })

  it('a replayed cookie login sets the same cookie again', async () => {
    await post(bank.app, '/auth/sms-codes', { phone: '13900000003' })
    const body = {
      phone: '13900000003',
      code: bank.lastCode('13900000003'),
      session: 'cookie',
      privacyVersion: PRIVACY_VERSION,
    }
    const first = await post(bank.app, '/auth/sms-login', body, { 'idempotency-key': KEY })
    const replay = await post(bank.app, '/auth/sms-login', body, { 'idempotency-key': KEY })
    expect(replay.statusCode).toBe(200)
    expect(replay.body).toBe(first.body)
    expect(replay.headers['set-cookie']).toEqual(first.headers['set-cookie'])
    const me = await bank.app.inject({
      method: 'GET',
      url: api('/me'),
      headers: { cookie: String(replay.headers['set-cookie']).split(';')[0] },
    })
    expect(me.statusCode).toBe(200)
  })

  it('keys are kept 24 h', async () => {
    await sendCode('13900000003')
    bank.clock.advanceSeconds(24 * 3600 - 1)
    expect((await sendCode('13900000003')).headers['idempotency-replayed']).toBe('true')
    bank.clock.advanceSeconds(1)
    const fresh = await sendCode('13900000003')
    expect(fresh.statusCode).toBe(202)
    expect(fresh.headers['idempotency-replayed']).toBeUndefined()
    expect(outboxSize()).toBe(2)
  })

  it('a malformed key is 400', async () => {
    for (const key of ['short', 'x'.repeat(65), 'has space here', 'ключ-ключ-ключ']) {
      const res = await post(
        bank.app,
        '/auth/sms-codes',
        { phone: '13900000003' },
        { 'idempotency-key': encodeURI(key) === key ? key : 'bad*key*here' },
      )
      expect(res.statusCode).toBe(400)
      expect(res.json<ErrorBody>().details?.fields?.[0].field).toBe('Idempotency-Key')
    }
    expect(outboxSize()).toBe(0)
  })
})
