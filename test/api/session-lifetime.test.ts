import type { ErrorBody } from '@/contract/common'
import { api, login, post, bankForEachTest } from '../support/api-app'

const bank = bankForEachTest()

const getMe = (headers: Record<string, string>) =>
  bank.app.inject({ method: 'GET', url: api('/me'), headers })

describe('session lifetime', () => {
  it('a cookie session expires after 12 h', async () => {
    const s = await login(bank, '13900000001', 'cookie')
    bank.clock.advanceSeconds(12 * 3600 - 1)
    expect((await getMe(s.auth)).statusCode).toBe(200)
    bank.clock.advanceSeconds(1)
    const res = await getMe(s.auth)
    expect(res.statusCode).toBe(401)
    expect(res.json<ErrorBody>().code).toBe('UNAUTHENTICATED')
  })

  it('a bearer session lasts 7 days', async () => {
    const s = await login(bank, '13900000001', 'bearer')
    bank.clock.advanceSeconds(7 * 24 * 3600 - 1)
    expect((await getMe(s.auth)).statusCode).toBe(200)
    bank.clock.advanceSeconds(1)
    expect((await getMe(s.auth)).statusCode).toBe(401)
  })

  it('dev endpoint expires all sessions of a number', async () => {
    const a = await login(bank, '13900000001', 'bearer')
    bank.clock.advanceSeconds(60)
    const b = await login(bank, '13900000001', 'cookie')
    const other = await login(bank, '13900000002', 'bearer')
    const res = await post(bank.app, '/dev/sessions/expire', { phone: '13900000001' })
    expect(res.json()).toEqual({ expired: 2 })
    expect((await getMe(a.auth)).statusCode).toBe(401)
    expect((await getMe(b.auth)).statusCode).toBe(401)
    expect((await getMe(other.auth)).statusCode).toBe(200)
  })

  it('logout deletes the session and clears the cookie', async () => {
    const s = await login(bank, '13900000001', 'cookie')
    const out = await post(bank.app, '/auth/logout', undefined, s.write)
    expect(out.statusCode).toBe(204)
    expect(out.body).toBe('')
    expect(String(out.headers['set-cookie'])).toMatch(/^cc_session=; Max-Age=0/)
    expect((await getMe(s.auth)).statusCode).toBe(401)
    const bearer = await login(bank, '13900000002', 'bearer')
    expect((await post(bank.app, '/auth/logout', undefined, bearer.auth)).statusCode).toBe(204)
    expect((await getMe(bearer.auth)).statusCode).toBe(401)
  })
})
