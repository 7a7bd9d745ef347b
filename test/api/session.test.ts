import { PRIVACY_VERSION } from '@/contract/constants'
import type { ErrorBody } from '@/contract/common'
import type { Me } from '@/contract/me'
import { SEED_CUSTOMERS } from '../../mock/seed/households'
import { api, login, post, bankForEachTest } from '../support/api-app'

const bank = bankForEachTest()

const getMe = (headers: Record<string, string>) =>
  bank.app.inject({ method: 'GET', url: api('/me'), headers })

describe('privacy consent', () => {
  it('login requires the current privacy version, without burning the code', async () => {
    await post(bank.app, '/auth/sms-codes', { phone: '13900000003' })
    const code = bank.lastCode('13900000003')
    const old = await post(bank.app, '/auth/sms-login', {
      phone: '13900000003',
      code,
      session: 'bearer',
      privacyVersion: '2020-01-01',
    })
    expect(old.statusCode).toBe(422)
    expect(old.json<ErrorBody>().code).toBe('PRIVACY_NOT_ACCEPTED')
    const missing = await post(bank.app, '/auth/sms-login', { phone: '13900000003', code, session: 'bearer' })
    expect(missing.statusCode).toBe(400)
    expect(missing.json<ErrorBody>().details?.fields).toEqual([
      { field: 'privacyVersion', message: '隐私政策版本不能为空' },
    ])
    const ok = await post(bank.app, '/auth/sms-login', {
      phone: '13900000003',
      code,
      session: 'bearer',
      privacyVersion: PRIVACY_VERSION,
    })
    expect(ok.statusCode).toBe(200)
    const row = bank.app.deps.db
      .prepare('SELECT privacy_version, privacy_accepted_at FROM users WHERE phone = ?')
      .get('13900000003')
    expect(row).toEqual({ privacy_version: PRIVACY_VERSION, privacy_accepted_at: bank.clock.now().getTime() })
  })

  it('an unknown number is registered as a new customer', async () => {
    const s = await login(bank, '13912345678')
    expect(s.result.user).toMatchObject({
      role: 'customer',
      phoneMasked: '139****5678',
      realNameVerified: false,
      preApproval: null,
    })
  })
})

describe('transports', () => {
  it('cookie login sets an httpOnly SameSite cookie and puts no token in the body', async () => {
    const s = await login(bank, '13900000001', 'cookie')
    const setCookie = String(s.response.headers['set-cookie'])
    expect(setCookie).toMatch(/^cc_session=[\w-]{20,};/)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    expect(setCookie).toMatch(/Path=\//)
    expect(setCookie).not.toMatch(/Secure/)
    expect(s.result.token).toBeUndefined()
    expect(s.result.csrfToken).toMatch(/^[\w-]{20,}$/)
    const token = setCookie.split(';')[0].split('=')[1]
    expect(s.response.body).not.toContain(token)
  })

  it('bearer login returns a token and no cookie', async () => {
    const s = await login(bank, '13900000001', 'bearer')
    expect(s.result.token).toMatch(/^[\w-]{20,}$/)
    expect(s.result.csrfToken).toBeUndefined()
    expect(s.response.headers['set-cookie']).toBeUndefined()
    expect((await getMe(s.auth)).statusCode).toBe(200)
  })

  it('only the token hash is stored', async () => {
    const s = await login(bank, '13900000001', 'bearer')
    const rows = bank.app.deps.db.prepare('SELECT token_hash FROM sessions').all() as { token_hash: string }[]
    expect(rows).toHaveLength(1)
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(rows[0].token_hash).not.toContain(s.result.token!)
  })

  it('a cookie token is not accepted as a bearer token', async () => {
    const s = await login(bank, '13900000001', 'cookie')
    const token = s.auth.cookie.split('=')[1]
    expect((await getMe({ authorization: `Bearer ${token}` })).statusCode).toBe(401)
  })
})

describe('CSRF', () => {
  const body = { name: '王芳', idNumber: '321281199001011234' }
  it('cookie POST without or with a wrong X-CSRF-Token is 403', async () => {
    const s = await login(bank, '13900000003', 'cookie')
    const none = await post(bank.app, '/me/real-name', body, s.auth)
    expect(none.statusCode).toBe(403)
    expect(none.json<ErrorBody>().code).toBe('CSRF_TOKEN_INVALID')
    const wrong = await post(bank.app, '/me/real-name', body, { ...s.auth, 'x-csrf-token': 'nope' })
    expect(wrong.statusCode).toBe(403)
    const me = await getMe(s.auth)
    expect(me.json<Me>().realNameVerified).toBe(false)
    const right = await post(bank.app, '/me/real-name', body, s.write)
    expect(right.statusCode).toBe(200)
  })

  it('bearer POST needs no CSRF header', async () => {
    const s = await login(bank, '13900000003', 'bearer')
    const res = await post(bank.app, '/me/real-name', body, s.auth)
    expect(res.statusCode).toBe(200)
    expect(res.json<Me>().realNameVerified).toBe(true)
  })
})

describe('GET /me and /auth/session', () => {
  it('401 without a session, or with an unknown token', async () => {
    const variants: Record<string, string>[] = [
      {},
      { authorization: 'Bearer nope' },
      { cookie: 'cc_session=nope' },
      { authorization: 'Basic abc' },
    ]
    for (const headers of variants) {
      const res = await getMe(headers)
      expect(res.statusCode).toBe(401)
      expect(res.json()).toEqual({ code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' })
    }
  })

  it('shows masked fields only; full phone, name and ID never appear', async () => {
    const wang = SEED_CUSTOMERS[0]
    const s = await login(bank, wang.phone, 'cookie')
    const res = await getMe(s.auth)
    expect(res.json()).toEqual({
      id: wang.userId,
      role: 'customer',
      phoneMasked: '139****0001',
      realNameVerified: true,
      nameMasked: '王*国',
      idNumberMasked: `3${'*'.repeat(16)}${wang.idNumber!.slice(-1)}`,
      preApproval: {
        limitFen: 5_000_000,
        aprMinBp: 395,
        aprMaxBp: 650,
        validUntil: '2027-12-31',
        productName: '阳光e贷',
      },
    })
    const session = await bank.app.inject({ method: 'GET', url: api('/auth/session'), headers: s.auth })
    for (const body of [res.body, s.response.body, session.body]) {
      expect(body).not.toContain(wang.phone)
      expect(body).not.toContain('王建国')
      expect(body).not.toContain(wang.idNumber!)
      expect(body).not.toContain(wang.idNumber!.slice(6, 14))
    }
    expect(session.json()).toMatchObject({ user: { id: wang.userId }, csrfToken: s.result.csrfToken })
  })

  it('staff and merchants get a display name', async () => {
    const staff = await login(bank, '13900000101')
    expect(staff.result.user).toMatchObject({ role: 'staff', displayName: '客户经理 张*' })
    const merchant = await login(bank, '13900000201')
    expect(merchant.result.user).toMatchObject({ role: 'merchant', displayName: '戴南好邻居超市（示例）' })
  })
})
