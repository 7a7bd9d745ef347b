import { OPENAPI_PATH } from '@/contract/constants'
import type { ErrorBody } from '@/contract/common'
import { api, bankForEachTest, get, logInAs, post } from '../support/api-app'

const bank = bankForEachTest()

const raw = (payload: string, contentType = 'application/json') =>
  bank.app.inject({
    method: 'POST',
    url: api('/auth/sms-codes'),
    payload,
    headers: { 'content-type': contentType },
  })

describe('health', () => {
  it('answers ok with the clock time', async () => {
    const res = await bank.app.inject({ method: 'GET', url: api('/health') })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ status: 'ok', time: '2026-11-20T01:00:00.000Z' })
  })
})

describe('validation errors are 400 with Chinese field messages', () => {
  it('wrong pattern', async () => {
    const res = await post(bank.app, '/auth/sms-codes', { phone: '12345' })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: '手机号格式不正确',
      details: { fields: [{ field: 'phone', message: '手机号格式不正确' }] },
    })
  })

  it('wrong type is not coerced', async () => {
    const res = await post(bank.app, '/auth/sms-codes', { phone: 13900000001 })
    expect(res.statusCode).toBe(400)
    expect(res.json<ErrorBody>().details?.fields).toEqual([{ field: 'phone', message: '手机号格式不正确' }])
  })

  it('unknown fields are rejected, not dropped', async () => {
    const res = await post(bank.app, '/auth/sms-codes', { phone: '13900000001', admin: true })
    expect(res.statusCode).toBe(400)
    expect(res.json<ErrorBody>().details?.fields).toEqual([{ field: 'admin', message: '不支持的字段 admin' }])
  })

  it('missing field and missing body', async () => {
    const empty = await post(bank.app, '/auth/sms-codes', {})
    expect(empty.statusCode).toBe(400)
    expect(empty.json<ErrorBody>().message).toBe('手机号不能为空')
    const none = await bank.app.inject({ method: 'POST', url: api('/auth/sms-codes') })
    expect(none.statusCode).toBe(400)
    expect(none.json<ErrorBody>()).toMatchObject({ code: 'VALIDATION_FAILED', message: '请求体不能为空' })
    const blank = await raw('   ')
    expect(blank.statusCode).toBe(400)
    expect(blank.json<ErrorBody>().message).toBe('请求体不能为空')
  })

  it('several fields at once, with enum and length messages', async () => {
    const res = await post(bank.app, '/auth/sms-login', {
      phone: '1',
      code: '12',
      session: 'jwt',
      privacyVersion: '',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json<ErrorBody>().details?.fields).toEqual(
      expect.arrayContaining([
        { field: 'phone', message: '手机号格式不正确' },
        { field: 'code', message: '验证码格式不正确' },
        { field: 'session', message: '登录方式取值无效' },
        { field: 'privacyVersion', message: '隐私政策版本长度应为1-32位' },
      ]),
    )
  })

  it('malformed JSON, prototype poisoning, non-object bodies', async () => {
    for (const payload of ['{"phone":', '{"__proto__":{"x":1}}', '[1,2]', '"13900000001"', 'null']) {
      const res = await raw(payload)
      expect(res.statusCode).toBe(400)
      expect(res.json<ErrorBody>().code).toBe('VALIDATION_FAILED')
    }
    expect((await raw('{"phone":')).json<ErrorBody>().message).toBe('请求体不是有效的 JSON')
    for (const key of ['__proto__', 'constructor']) {
      const poisoned = await raw(`{"phone":"13900000001","${key}":{"prototype":{"x":1}}}`)
      expect(poisoned.statusCode).toBe(400)
      expect(JSON.stringify(poisoned.json())).toContain('请求体含有不允许的字段（__proto__ 或 constructor）')
    }
  })

  it('wrong content type is 415 and a huge body is 413, in the same shape', async () => {
    const text = await raw('phone=13900000001', 'application/x-www-form-urlencoded')
    expect(text.statusCode).toBe(415)
    expect(text.json()).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: '仅支持 JSON 格式的请求' })
    const plain = await raw('13900000001', 'text/plain')
    expect(plain.statusCode).toBe(415)
    const huge = await raw(JSON.stringify({ phone: '1'.repeat(200_000) }))
    expect(huge.statusCode).toBe(413)
    expect(huge.json<ErrorBody>().code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('bad query string values are 400', async () => {
    const res = await bank.app.inject({ method: 'GET', url: api('/dev/sms-outbox?phone=abc') })
    expect(res.statusCode).toBe(400)
    expect(res.json<ErrorBody>().details?.fields).toEqual([{ field: 'phone', message: '手机号格式不正确' }])
  })

  it('query numbers are read strictly: plain digits only, never hex, exponents, booleans or repeats', async () => {
    const branches = (query: string) => bank.app.inject({ method: 'GET', url: api(`/branches?${query}`) })
    expect((await branches('lat=32.75&lng=120.07')).statusCode).toBe(200)
    for (const query of ['lat=0x10', 'lat=1e1', 'lat=true', 'lat=32&lat=33', 'lat=', 'lat=Infinity']) {
      const res = await branches(`${query}&lng=120`)
      expect([query, res.statusCode, res.json<ErrorBody>().details?.fields?.[0].field]).toEqual([
        query,
        400,
        'lat',
      ])
    }
    const s = logInAs(bank, '13900000001')
    for (const limit of ['1.5', '1e308', 'true', '0x10']) {
      const res = await get(bank.app, `/messages?limit=${limit}`, s.auth)
      expect([limit, res.statusCode]).toEqual([limit, 400])
    }
  })

  it('notes with control characters, direction overrides or invisible spaces are refused at the field', async () => {
    const s = logInAs(bank, '13900000001')
    const refer = (note: string) =>
      post(
        bank.app,
        '/referrals',
        { productId: 'pd_sunshine_loan', town: '戴南镇', preferredTime: 'morning', note },
        s.auth,
      )
    for (const note of ['a\u0000b', 'bell\u0007', '\u202e反向', 'zero\u200bwidth', '\ufeffbom']) {
      const res = await refer(note)
      expect(res.statusCode).toBe(400)
      expect(res.json<ErrorBody>().details?.fields).toEqual([
        { field: 'note', message: '备注含有无法显示的字符，请删除后重试' },
      ])
    }
    // Line breaks, tabs and emoji (with their joiners) are what people type.
    expect((await refer('下午在家\n电话：\t请先打\u{1F468}\u200d\u{1F469}\u200d\u{1F467}')).statusCode).toBe(
      201,
    )
  })

  it('money limits are stated in yuan, not fen', async () => {
    const s = logInAs(bank, '13900000001')
    const res = await post(
      bank.app,
      '/loan/drawdowns',
      { amountFen: 10_000_000_001, termMonths: 12, method: 'equal-principal', smsCode: '123456' },
      s.auth,
    )
    expect(res.statusCode).toBe(400)
    expect(res.json<ErrorBody>().details?.fields).toEqual([
      { field: 'amountFen', message: '借款金额不能大于100,000,000元' },
    ])
  })
})

describe('unknown routes', () => {
  it('answer 404 in the error shape', async () => {
    for (const [method, url] of [
      ['GET', api('/nope')],
      ['POST', api('/health')],
      ['DELETE', '/'],
    ] as const) {
      const res = await bank.app.inject({ method, url })
      expect(res.statusCode).toBe(404)
      expect(res.json()).toEqual({ code: 'NOT_FOUND', message: '接口不存在' })
    }
  })
})

describe('OpenAPI', () => {
  it('lists the paths with success and error responses', async () => {
    const res = await bank.app.inject({ method: 'GET', url: OPENAPI_PATH })
    expect(res.statusCode).toBe(200)
    const doc = res.json()
    expect(doc.info.title).toBe('云柜台 Mock Bank API')
    for (const path of [
      '/health',
      '/auth/sms-codes',
      '/auth/sms-login',
      '/auth/wechat-login',
      '/auth/session',
      '/auth/logout',
      '/me',
      '/me/real-name',
      '/branches',
      '/branches/{branchId}',
      '/branches/{branchId}/days',
      '/branches/{branchId}/slots',
      '/bookings',
      '/bookings/{id}',
      '/bookings/{id}/cancel',
      '/bookings/{id}/reschedule',
      '/staff/check-ins',
      '/products',
      '/towns',
      '/referrals',
      '/referrals/{id}',
      '/staff/referrals',
      '/staff/referrals/{id}',
      '/staff/referrals/{id}/status',
      '/messages',
      '/messages/{id}/read',
      '/messages/read-all',
    ]) {
      expect(doc.paths).toHaveProperty([api(path)])
    }
    const smsLogin = doc.paths[api('/auth/sms-login')].post
    expect(Object.keys(smsLogin.responses)).toEqual(expect.arrayContaining(['200', '4XX']))
    expect(smsLogin.responses['4XX'].content['application/json'].schema.required).toEqual(['code', 'message'])
    const booking = doc.paths[api('/bookings')].post
    expect(Object.keys(booking.responses)).toEqual(expect.arrayContaining(['201', '4XX']))
    expect(booking.requestBody.content['application/json'].schema.required).toEqual([
      'branchId',
      'serviceId',
      'slotStart',
    ])
    const slots = doc.paths[api('/branches/{branchId}/slots')].get
    expect(slots.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['branchId', 'serviceId', 'date']),
    )
  })
})
