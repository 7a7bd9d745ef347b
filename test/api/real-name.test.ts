import type { ErrorBody } from '@/contract/common'
import type { Me } from '@/contract/me'
import { computeIdCheckDigit } from '@/utils/id-number'
import { SEED_CUSTOMERS, SEED_WHITELIST } from '../../mock/seed/households'
import { api, login, post, type Session, bankForEachTest } from '../support/api-app'

const bank = bankForEachTest()
let s: Session
beforeEach(async () => {
  s = await login(bank, '13900000003', 'bearer')
})

const bind = (name: string, idNumber: string, session = s) =>
  post(bank.app, '/me/real-name', { name, idNumber }, session.write)
const bindWith = (name: string, idNumber: string, smsCode: string, session = s) =>
  post(bank.app, '/me/real-name', { name, idNumber, smsCode }, session.write)
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0')

describe('POST /me/real-name', () => {
  it('a wrong check digit is 400 with the field message', async () => {
    const res = await bind('赵志强', wrongCheck(SEED_WHITELIST[2].idNumber))
    expect(res.statusCode).toBe(400)
    expect(res.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: '身份证号校验位不正确',
      details: { fields: [{ field: 'idNumber', message: '身份证号校验位不正确' }] },
    })
  })

  it('bad birth date, wrong length and a latin name are 400 with field messages', async () => {
    const future = '32128120270101001'
    const date = await bind('赵志强', future + computeIdCheckDigit(future))
    expect(date.json<ErrorBody>().details?.fields).toEqual([{ field: 'idNumber', message: '出生日期无效' }])
    const short = await bind('赵志强', '32128119760112057')
    expect(short.json<ErrorBody>().details?.fields).toEqual([
      { field: 'idNumber', message: '身份证号长度应为18位' },
    ])
    const latin = await bind('Zhao', SEED_WHITELIST[2].idNumber)
    expect(latin.statusCode).toBe(400)
    expect(latin.json<ErrorBody>().details?.fields).toEqual([{ field: 'name', message: '姓名格式不正确' }])
    expect(
      (await bank.app.inject({ method: 'GET', url: api('/me'), headers: s.auth })).json<Me>()
        .realNameVerified,
    ).toBe(false)
  })

  it("binding a whitelisted household needs the code texted to the household's phone on record", async () => {
    const household = SEED_WHITELIST[2] // 赵志强, phone on record 13900000011
    const first = await bind(household.name, household.idNumber.toLowerCase())
    expect(first.statusCode).toBe(202)
    expect(first.json()).toEqual({
      status: 'CODE_SENT',
      phoneMasked: '139****0011',
      resendAfterSeconds: 60,
      expiresInSeconds: 300,
    })
    expect(bank.sms.at(-1)).toMatchObject({ phone: '13900000011', purpose: 'real-name' })
    // Nothing is bound, and nothing of the limit shows, before the code.
    const before = await bank.app.inject({ method: 'GET', url: api('/me'), headers: s.auth })
    expect(before.json<Me>()).toMatchObject({ realNameVerified: false, preApproval: null })
    const code = bank.lastCode('13900000011')
    const wrong = await bindWith(household.name, household.idNumber, code === '000000' ? '111111' : '000000')
    expect(wrong.json()).toMatchObject({
      code: 'SMS_CODE_WRONG',
      details: { fields: [{ field: 'smsCode' }] },
    })
    const res = await bindWith(household.name, household.idNumber, code)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      realNameVerified: true,
      nameMasked: '赵*强',
      idNumberMasked: `3${'*'.repeat(16)}${household.idNumber.slice(-1)}`,
      preApproval: {
        limitFen: household.limitFen,
        aprMinBp: household.aprMinBp,
        aprMaxBp: household.aprMaxBp,
        validUntil: household.validUntil,
        productName: '阳光e贷',
      },
    })
    expect(res.body).not.toContain(household.idNumber)
    expect(res.body).not.toContain(household.name)
  })

  it("the household's own phone needs no second code: its login proved it", async () => {
    const own = await login(bank, '13900000011', 'bearer')
    const household = SEED_WHITELIST[2]
    const res = await bind(household.name, household.idNumber, own)
    expect(res.statusCode).toBe(200)
    expect(res.json<Me>().preApproval?.limitFen).toBe(household.limitFen)
  })

  it('a whitelisted ID under another name, or an ID bound elsewhere: one refusal that confirms nothing', async () => {
    const household = SEED_WHITELIST[2]
    const impostor = await bind('钱冒名', household.idNumber)
    const taken = await bind('王建国', SEED_CUSTOMERS[0].idNumber!)
    for (const res of [impostor, taken]) {
      expect(res.statusCode).toBe(422)
      expect(res.json<ErrorBody>()).toEqual({
        code: 'REAL_NAME_CHECK_FAILED',
        message: '身份核验未通过，请核对姓名和身份证号；如仍有疑问，请携带身份证到网点办理',
      })
      expect(res.body).not.toContain(String(household.limitFen))
    }
    const me = await bank.app.inject({ method: 'GET', url: api('/me'), headers: s.auth })
    expect(me.json<Me>()).toMatchObject({ realNameVerified: false, preApproval: null })
    expect(bank.sms.filter((m) => m.purpose === 'real-name')).toEqual([])
  })

  it('names cannot be guessed: after 5 refusals in a day the account waits until Beijing midnight', async () => {
    const household = SEED_WHITELIST[2]
    const guesses = ['钱一', '钱二', '钱三', '钱四', '钱五']
    for (const name of guesses) expect((await bind(name, household.idNumber)).statusCode).toBe(422)
    // The right name now gets no further, and says when to try again.
    const blocked = await bind(household.name, household.idNumber)
    expect(blocked.statusCode).toBe(429)
    expect(blocked.json<ErrorBody>()).toMatchObject({
      code: 'REAL_NAME_TOO_MANY_ATTEMPTS',
      message: '今日身份核验未通过次数过多，请明天再试，或携带身份证到网点办理',
      // The clock stands at 09:00 Beijing time: 15 h to midnight.
      details: { retryAfterSeconds: 15 * 3600 },
    })
    expect(bank.sms.filter((m) => m.purpose === 'real-name')).toEqual([])
    // Another account is not held up, and the next day this one may try again.
    const other = await login(bank, '13900000005', 'bearer')
    expect((await bind(household.name, household.idNumber, other)).statusCode).toBe(202)
    bank.clock.advanceSeconds(15 * 3600)
    expect((await bind('钱六', household.idNumber)).statusCode).toBe(422)
  })

  it('an ID not on the whitelist binds without pre-approval', async () => {
    const res = await bind('王芳', '321281199001011234')
    expect(res.statusCode).toBe(200)
    expect(res.json<Me>()).toMatchObject({ realNameVerified: true, nameMasked: '王*', preApproval: null })
  })

  it('an already verified user gets 409 REAL_NAME_ALREADY_BOUND', async () => {
    expect((await bind('王芳', '321281199001011234')).statusCode).toBe(200)
    const again = await bind('赵志强', SEED_WHITELIST[2].idNumber)
    expect(again.statusCode).toBe(409)
    expect(again.json<ErrorBody>().code).toBe('REAL_NAME_ALREADY_BOUND')
    const seeded = await login(bank, '13900000001')
    expect((await bind('王建国', SEED_CUSTOMERS[0].idNumber!, seeded)).json<ErrorBody>().code).toBe(
      'REAL_NAME_ALREADY_BOUND',
    )
  })

  it('two accounts racing for one ID: exactly one wins', async () => {
    const other = await login(bank, '13900000005', 'bearer')
    const id = '321281199001011234'
    const [a, b] = await Promise.all([bind('王芳', id), bind('王芳', id, other)])
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 422])
  })

  it('needs a session', async () => {
    const res = await post(bank.app, '/me/real-name', { name: '王芳', idNumber: '321281199001011234' })
    expect(res.statusCode).toBe(401)
    // 401 comes before body validation.
    const invalid = await post(bank.app, '/me/real-name', { bogus: 1 }, { authorization: 'Bearer nope' })
    expect(invalid.statusCode).toBe(401)
    expect(invalid.json<ErrorBody>().code).toBe('UNAUTHENTICATED')
  })
})
