import { PRIVACY_VERSION } from '@/contract/constants'
import type { ErrorBody } from '@/contract/common'
import { bankForEachTest, login, logInAs, post } from '../support/api-app'
import { loanClient, signedLine } from '../support/loan-flow'

const bank = bankForEachTest()

const KEY = 'key-0001-abcdef'
const sendCode = (phone: string, key = KEY) =>
  post(bank.app, '/auth/sms-codes', { phone }, { 'idempotency-key': key })
/** Texts the bank has sent. */
const outboxSize = () => bank.sms.length

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

  it('stored refusals replay too (a wrong drawdown code stays one wrong attempt)', async () => {
    const wang = logInAs(bank, '13900000001')
    await signedLine(bank, wang)
    const c = loanClient(bank, wang)
    await c.drawCode()
    const wrong = bank.lastCode('13900000001') === '000000' ? '111111' : '000000'
    const body = { amountFen: 1_000_000, termMonths: 12, method: 'equal-instalment', smsCode: wrong }
    for (let i = 0; i < 3; i++) {
      const res = await c.draw(body, { 'idempotency-key': 'draw-attempt-1' })
      expect(res.json()).toMatchObject({ code: 'SMS_CODE_WRONG', details: { attemptsLeft: 4 } })
      expect(res.headers['idempotency-replayed']).toBe(i === 0 ? undefined : 'true')
    }
  })

  it('requests repeated with one key at once run once: the others replay its answer', async () => {
    bank.app.deps.faults.delayMs = 150
    const results = await Promise.all(Array.from({ length: 5 }, () => sendCode('13900000003')))
    expect(results.map((r) => r.statusCode)).toEqual([202, 202, 202, 202, 202])
    expect(results.filter((r) => r.headers['idempotency-replayed'] === 'true')).toHaveLength(4)
    expect(new Set(results.map((r) => r.body)).size).toBe(1)
    expect(outboxSize()).toBe(1)
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
    expect(rb.statusCode).toBe(422)
    expect(rb.json<ErrorBody>().code).toBe('REAL_NAME_CHECK_FAILED')
  })

  it('a login is never stored or replayed: repeating its key and body hands out nothing', async () => {
    await post(bank.app, '/auth/sms-codes', { phone: '13900000003' })
    const body = {
      phone: '13900000003',
      code: bank.lastCode('13900000003'),
      session: 'cookie',
      privacyVersion: PRIVACY_VERSION,
    }
    const first = await post(bank.app, '/auth/sms-login', body, { 'idempotency-key': KEY })
    expect(first.statusCode).toBe(200)
    expect(first.headers['cache-control']).toBe('no-store')
    const repeat = await post(bank.app, '/auth/sms-login', body, { 'idempotency-key': KEY })
    expect(repeat.statusCode).toBe(422)
    expect(repeat.json<ErrorBody>().code).toBe('SMS_CODE_NOT_SENT')
    expect(repeat.headers['set-cookie']).toBeUndefined()
    expect(repeat.headers['idempotency-replayed']).toBeUndefined()
    const stored = bank.app.deps.db.prepare('SELECT COUNT(*) AS n FROM idempotency_keys').get() as {
      n: number
    }
    expect(stored.n).toBe(0)
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
