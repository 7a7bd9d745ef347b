import { PRIVACY_VERSION } from '@/contract/constants'
import type { ErrorBody } from '@/contract/common'
import { api, bankForEachTest, logInAs, post } from '../support/api-app'
import { loanClient, signedLine } from '../support/loan-flow'

const PHONE = '13900000003'
const bank = bankForEachTest()

const sendCode = (phone = PHONE) => post(bank.app, '/auth/sms-codes', { phone })
const loginWith = (code: string, phone = PHONE) =>
  post(bank.app, '/auth/sms-login', { phone, code, session: 'bearer', privacyVersion: PRIVACY_VERSION })
const wrongCodeFor = (code: string) => (code === '000000' ? '111111' : '000000')

describe('sending SMS codes', () => {
  it('answers 202, records the code in the outbox (newest first)', async () => {
    const res = await sendCode()
    expect(res.statusCode).toBe(202)
    expect(res.json()).toEqual({ resendAfterSeconds: 60, expiresInSeconds: 300 })
    bank.clock.advanceSeconds(61)
    await sendCode()
    const outbox = await bank.app.inject({ method: 'GET', url: api(`/dev/sms-outbox?phone=${PHONE}`) })
    const items = outbox.json().items
    expect(items).toHaveLength(2)
    expect(items[0]).toEqual({
      phone: PHONE,
      code: bank.lastCode(PHONE),
      sentAt: bank.clock.now().toISOString(),
      purpose: 'login',
    })
    expect(items[0].code).toMatch(/^\d{6}$/)
  })

  it('refuses a resend within 60 s with retryAfterSeconds, allows it after', async () => {
    await sendCode()
    bank.clock.advanceSeconds(45)
    const early = await sendCode()
    expect(early.statusCode).toBe(429)
    expect(early.json()).toMatchObject({ code: 'SMS_TOO_FREQUENT', details: { retryAfterSeconds: 15 } })
    bank.clock.advanceSeconds(14)
    expect((await sendCode()).statusCode).toBe(429)
    bank.clock.advanceSeconds(1)
    expect((await sendCode()).statusCode).toBe(202)
    expect(bank.sms).toHaveLength(2)
  })

  it('20 parallel requests for one number send exactly one code', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => sendCode()))
    const statuses = results.map((r) => r.statusCode)
    expect(statuses.filter((s) => s === 202)).toHaveLength(1)
    expect(statuses.filter((s) => s === 429)).toHaveLength(19)
    expect(bank.sms).toHaveLength(1)
  })
})

describe('checking SMS codes', () => {
  it('a code works once', async () => {
    await sendCode()
    const code = bank.lastCode(PHONE)
    expect((await loginWith(code)).statusCode).toBe(200)
    const again = await loginWith(code)
    expect(again.statusCode).toBe(422)
    expect(again.json<ErrorBody>().code).toBe('SMS_CODE_NOT_SENT')
  })

  it('no code sent', async () => {
    const res = await loginWith('123456')
    expect(res.statusCode).toBe(422)
    expect(res.json<ErrorBody>().code).toBe('SMS_CODE_NOT_SENT')
  })

  it('expires after 5 minutes', async () => {
    await sendCode()
    const code = bank.lastCode(PHONE)
    bank.clock.advanceSeconds(300)
    const res = await loginWith(code)
    expect(res.statusCode).toBe(422)
    expect(res.json<ErrorBody>().code).toBe('SMS_CODE_EXPIRED')
  })

  it('is still valid just before 5 minutes', async () => {
    await sendCode()
    bank.clock.advanceSeconds(299)
    expect((await loginWith(bank.lastCode(PHONE))).statusCode).toBe(200)
  })

  it('only the newest code counts', async () => {
    await sendCode()
    const first = bank.lastCode(PHONE)
    bank.clock.advanceSeconds(60)
    await sendCode()
    const second = bank.lastCode(PHONE)
    if (first !== second) expect((await loginWith(first)).json<ErrorBody>().code).toBe('SMS_CODE_WRONG')
    expect((await loginWith(second)).statusCode).toBe(200)
  })

  it('wrong codes count down and the 5th spends the code; the number is never locked', async () => {
    await sendCode()
    const code = bank.lastCode(PHONE)
    const wrong = wrongCodeFor(code)
    for (const attemptsLeft of [4, 3, 2, 1]) {
      const res = await loginWith(wrong)
      expect(res.statusCode).toBe(422)
      expect(res.json()).toMatchObject({ code: 'SMS_CODE_WRONG', details: { attemptsLeft } })
    }
    const fifth = await loginWith(wrong)
    expect(fifth.statusCode).toBe(422)
    expect(fifth.json()).toMatchObject({ code: 'SMS_CODE_SPENT' })
    // The spent code is no use even when right; the owner asks for a new one and logs in.
    expect((await loginWith(code)).json<ErrorBody>().code).toBe('SMS_CODE_SPENT')
    bank.clock.advanceSeconds(60)
    expect((await sendCode()).statusCode).toBe(202)
    const fresh = bank.lastCode(PHONE)
    expect((await loginWith(wrongCodeFor(fresh))).json()).toMatchObject({ details: { attemptsLeft: 4 } })
    expect((await loginWith(fresh)).statusCode).toBe(200)
  })

  it('wrong guesses count whatever Idempotency-Key comes with them, and never answer a stored login', async () => {
    await sendCode()
    const wrong = wrongCodeFor(bank.lastCode(PHONE))
    const attempts = []
    for (let i = 0; i < 5; i++) {
      const body = { phone: PHONE, code: wrong, session: 'bearer', privacyVersion: PRIVACY_VERSION }
      attempts.push(await post(bank.app, '/auth/sms-login', body, { 'idempotency-key': 'guess-key-0001' }))
    }
    expect(attempts.map((r) => r.json<ErrorBody>().code)).toEqual([
      'SMS_CODE_WRONG',
      'SMS_CODE_WRONG',
      'SMS_CODE_WRONG',
      'SMS_CODE_WRONG',
      'SMS_CODE_SPENT',
    ])
  })

  it('stores codes only as keyed hashes, and purges them after a day', async () => {
    await sendCode()
    const code = bank.lastCode(PHONE)
    const stored = bank.app.deps.db.prepare('SELECT * FROM sms_codes').all() as Record<string, unknown>[]
    expect(stored).toHaveLength(1)
    expect(JSON.stringify(stored)).not.toContain(code)
    bank.clock.advanceSeconds(26 * 3600)
    await sendCode('13900000005')
    const left = bank.app.deps.db.prepare('SELECT phone FROM sms_codes').all()
    expect(left).toEqual([{ phone: '13900000005' }])
    // The dev outbox keeps texts 15 minutes only.
    const outbox = bank.app.deps.db.prepare('SELECT phone FROM sms_outbox').all()
    expect(outbox).toEqual([{ phone: '13900000005' }])
  })

  it('a successful login resets the wrong-code count', async () => {
    await sendCode()
    const code = bank.lastCode(PHONE)
    await loginWith(wrongCodeFor(code))
    await loginWith(wrongCodeFor(code))
    expect((await loginWith(code)).statusCode).toBe(200)
    bank.clock.advanceSeconds(60)
    await sendCode()
    const next = bank.lastCode(PHONE)
    expect((await loginWith(wrongCodeFor(next))).json()).toMatchObject({ details: { attemptsLeft: 4 } })
  })
})

describe('limits that look at the number, the caller and the bank', () => {
  const proxied = bankForEachTest({ trustProxy: 'loopback' })
  const from = (address: string, phone: string) =>
    post(proxied.app, '/auth/sms-codes', { phone }, { 'x-forwarded-for': address })

  it('one number gets 10 codes a Beijing day, then 429 with the wait until midnight', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await from(`10.0.0.${i}`, PHONE)).statusCode).toBe(202)
      proxied.clock.advanceSeconds(60)
    }
    const refused = await from('10.0.1.1', PHONE)
    expect(refused.statusCode).toBe(429)
    expect(refused.json()).toMatchObject({
      code: 'SMS_DAILY_LIMIT',
      message: expect.stringContaining('明天'),
    })
    // The clock stands at 09:10 Beijing time: 14 h 50 min to midnight.
    expect(refused.headers['retry-after']).toBe(String(14 * 3600 + 50 * 60))
    expect(refused.json<ErrorBody>().details?.retryAfterSeconds).toBe(14 * 3600 + 50 * 60)
  })

  it('one caller sends 5 codes a minute, whatever the numbers (60 numbers back to back: 5 texts)', async () => {
    const answers = []
    for (let i = 0; i < 60; i++) answers.push(await from('10.0.0.7', `1391234${String(i).padStart(4, '0')}`))
    expect(answers.filter((r) => r.statusCode === 202)).toHaveLength(5)
    const refused = answers[5]
    expect(refused.json()).toMatchObject({ code: 'SMS_CALLER_LIMIT', details: { retryAfterSeconds: 60 } })
    expect(refused.headers['retry-after']).toBe('60')
    expect(refused.json<ErrorBody>().message).toBe('获取验证码过于频繁，请1分钟后再试')
    // Another caller is not held up.
    expect((await from('10.0.0.8', '13912349999')).statusCode).toBe(202)
  })

  it('a caller cannot choose its own address: only the hop the gateway added counts', async () => {
    const spoofing = (i: number) =>
      post(
        proxied.app,
        '/auth/sms-codes',
        { phone: `1391234${String(i).padStart(4, '0')}` },
        // The client wrote the first address; the gateway appended the one it saw.
        { 'x-forwarded-for': `192.168.${i}.1, 10.0.0.7` },
      )
    const answers = []
    for (let i = 0; i < 8; i++) answers.push((await spoofing(i)).statusCode)
    expect(answers).toEqual([202, 202, 202, 202, 202, 429, 429, 429])
  })

  it('one caller sends 50 codes a Beijing day', async () => {
    let sent = 0
    for (let i = 0; i < 60; i++) {
      if ((await from('10.0.0.9', `1391234${String(i).padStart(4, '0')}`)).statusCode === 202) sent++
      proxied.clock.advanceSeconds(13)
    }
    expect(sent).toBe(50)
    const refused = await from('10.0.0.9', '13912348888')
    expect(refused.json()).toMatchObject({
      code: 'SMS_CALLER_LIMIT',
      message: expect.stringContaining('明天'),
    })
  })

  it('the bank sends 200 codes a minute in all; the rest wait a minute', async () => {
    let sent = 0
    for (let i = 0; i < 210; i++) {
      const phone = `139${String(10_000_000 + i).slice(-8)}`
      if ((await from(`10.1.${Math.floor(i / 4)}.${i % 4}`, phone)).statusCode === 202) sent++
    }
    expect(sent).toBe(200)
    const refused = await from('10.2.0.1', '13987654321')
    expect(refused.json()).toMatchObject({ code: 'SMS_SERVICE_BUSY', details: { retryAfterSeconds: 60 } })
    proxied.clock.advanceSeconds(61)
    expect((await from('10.2.0.1', '13987654321')).statusCode).toBe(202)
  })

  it('one IPv6 /64 is one caller, and an IPv4 address written as IPv6 is that IPv4 caller', async () => {
    const numbered = (i: number) => `1391235${String(i).padStart(4, '0')}`
    const v6 = []
    for (let i = 0; i < 6; i++) v6.push((await from(`2001:db8:1:1::${i + 1}`, numbered(i))).statusCode)
    expect(v6).toEqual([202, 202, 202, 202, 202, 429])
    const v4 = []
    for (const [i, address] of [
      '10.0.0.7',
      '::ffff:10.0.0.7',
      '::FFFF:a00:7',
      '::ffff:0a00:0007',
    ].entries()) {
      v4.push((await from(address, numbered(10 + i))).statusCode)
      v4.push((await from(address, numbered(20 + i))).statusCode)
    }
    expect(v4).toEqual([202, 202, 202, 202, 202, 429, 429, 429])
  })

  it('one network (an IPv4 /24) sends 30 login codes a minute, however many addresses it uses', async () => {
    const answers = []
    for (let i = 0; i < 31; i++) {
      answers.push((await from(`10.3.3.${i + 1}`, `1391236${String(i).padStart(4, '0')}`)).json())
    }
    expect(answers.slice(0, 30).every((a) => 'resendAfterSeconds' in a)).toBe(true)
    expect(answers[30]).toMatchObject({ code: 'SMS_CALLER_LIMIT', details: { retryAfterSeconds: 60 } })
    expect((await from('10.3.4.1', '13912369999')).statusCode).toBe(202)
  })

  it("a flood of strangers' login codes never holds up a logged-in customer's own codes", async () => {
    const wang = logInAs(proxied, '13900000001')
    await signedLine(proxied, wang)
    for (let i = 0; i < 200; i++) await from(`10.${i}.0.1`, `139${String(20_000_000 + i).slice(-8)}`)
    expect((await from('10.250.0.1', '13987654321')).json()).toMatchObject({ code: 'SMS_SERVICE_BUSY' })
    expect((await loanClient(proxied, wang).drawCode()).statusCode).toBe(202)
  })

  it("a stranger who uses up a number's login codes leaves its owner's signing and drawdown codes", async () => {
    const wang = logInAs(proxied, '13900000001')
    await signedLine(proxied, wang)
    for (let i = 0; i < 10; i++) {
      expect((await from(`10.4.${i}.1`, '13900000001')).statusCode).toBe(202)
      proxied.clock.advanceSeconds(60)
    }
    expect((await from('10.4.99.1', '13900000001')).json()).toMatchObject({ code: 'SMS_DAILY_LIMIT' })
    expect((await loanClient(proxied, wang).drawCode()).statusCode).toBe(202)
  })

  it('a stranger cannot lock an owner out: five wrong guesses, and the owner logs in with a new code', async () => {
    await from('10.9.9.9', PHONE)
    const guess = (code: string) =>
      post(
        proxied.app,
        '/auth/sms-login',
        { phone: PHONE, code, session: 'bearer', privacyVersion: PRIVACY_VERSION },
        { 'x-forwarded-for': '10.9.9.9' },
      )
    for (let i = 0; i < 5; i++) await guess(wrongCodeFor(proxied.lastCode(PHONE)))
    proxied.clock.advanceSeconds(60)
    expect((await from('192.168.1.20', PHONE)).statusCode).toBe(202)
    const owner = await post(proxied.app, '/auth/sms-login', {
      phone: PHONE,
      code: proxied.lastCode(PHONE),
      session: 'bearer',
      privacyVersion: PRIVACY_VERSION,
    })
    expect(owner.statusCode).toBe(200)
  })
})
