import { PRIVACY_VERSION } from '@/contract/constants'
import type { ErrorBody } from '@/contract/common'
import { api, post, bankForEachTest } from '../support/api-app'

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

  it('wrong codes count down, the 5th locks login and sending for 15 minutes', async () => {
    await sendCode()
    const code = bank.lastCode(PHONE)
    const wrong = wrongCodeFor(code)
    for (const attemptsLeft of [4, 3, 2, 1]) {
      const res = await loginWith(wrong)
      expect(res.statusCode).toBe(422)
      expect(res.json()).toMatchObject({ code: 'SMS_CODE_WRONG', details: { attemptsLeft } })
    }
    const fifth = await loginWith(wrong)
    expect(fifth.statusCode).toBe(429)
    expect(fifth.json()).toMatchObject({ code: 'PHONE_LOCKED', details: { retryAfterSeconds: 900 } })
    // Even the right code is refused while locked, and no new code is sent.
    expect((await loginWith(code)).json<ErrorBody>().code).toBe('PHONE_LOCKED')
    bank.clock.advanceSeconds(600)
    const send = await sendCode()
    expect(send.statusCode).toBe(429)
    expect(send.json()).toMatchObject({ code: 'PHONE_LOCKED', details: { retryAfterSeconds: 300 } })
    expect(bank.sms).toHaveLength(1)
    // After 15 minutes: unlocked, with a fresh count of attempts.
    bank.clock.advanceSeconds(300)
    expect((await sendCode()).statusCode).toBe(202)
    const fresh = bank.lastCode(PHONE)
    expect((await loginWith(wrongCodeFor(fresh))).json()).toMatchObject({ details: { attemptsLeft: 4 } })
    expect((await loginWith(fresh)).statusCode).toBe(200)
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

  it('locks are per number', async () => {
    await sendCode()
    const wrong = wrongCodeFor(bank.lastCode(PHONE))
    for (let i = 0; i < 5; i++) await loginWith(wrong)
    expect((await sendCode('13900000005')).statusCode).toBe(202)
  })
})
