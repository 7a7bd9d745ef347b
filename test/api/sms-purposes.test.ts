import type { ErrorBody } from '@/contract/common'
import type { SmsOutboxItem } from '@/contract/dev'
import { get, logInAs, post, type QuickSession, bankForEachTest } from '../support/api-app'
import { decided, loanClient } from '../support/loan-flow'

const PHONE = '13900000001'
const bank = bankForEachTest()
let wang: QuickSession
beforeEach(() => {
  wang = logInAs(bank, PHONE)
})
/** Every text sent, as [phone, code, purpose]. */
const texts = () => bank.sms.map(({ phone, code, purpose }) => [phone, code, purpose] as const)

const outbox = async (query = '') =>
  (await get(bank.app, `/dev/sms-outbox?phone=${PHONE}${query}`)).json<{ items: SmsOutboxItem[] }>().items

test('each code carries its purpose, in the outbox and to the onSms callback; the outbox filters by it', async () => {
  const app = await decided(bank, wang)
  expect((await post(bank.app, '/auth/sms-codes', { phone: PHONE })).statusCode).toBe(202)
  expect((await loanClient(bank, wang).signCode(app.id)).statusCode).toBe(202)
  expect(texts().map(([phone, , purpose]) => [phone, purpose])).toEqual([
    [PHONE, 'card-bind'],
    [PHONE, 'login'],
    [PHONE, 'loan-sign'],
  ])
  expect((await outbox()).map((m) => m.purpose)).toEqual(['loan-sign', 'login', 'card-bind'])
  const signOnly = await outbox('&purpose=loan-sign')
  expect(signOnly).toEqual([
    { phone: PHONE, code: texts()[2][1], sentAt: bank.clock.now().toISOString(), purpose: 'loan-sign' },
  ])
  expect(await outbox('&purpose=loan-drawdown')).toEqual([])
  expect((await get(bank.app, `/dev/sms-outbox?phone=${PHONE}&purpose=marketing`)).statusCode).toBe(400)
  // Never the texts of every number at once.
  expect((await get(bank.app, '/dev/sms-outbox')).statusCode).toBe(400)
})

test('five wrong signing codes spend the code, not the number: login still works, a new code signs', async () => {
  const app = await decided(bank, wang)
  const c = loanClient(bank, wang)
  await c.signCode(app.id)
  const code = texts().at(-1)![1]
  const wrong = code === '000000' ? '111111' : '000000'
  for (let i = 0; i < 4; i++) expect((await c.sign(app.id, wrong)).statusCode).toBe(422)
  const spent = await c.sign(app.id, wrong)
  expect(spent.statusCode).toBe(422)
  expect(spent.json<ErrorBody>()).toMatchObject({
    code: 'SMS_CODE_SPENT',
    details: { fields: [{ field: 'smsCode' }] },
  })
  // The right code is no use now: it was spent by the guesses.
  expect((await c.sign(app.id, code)).json<ErrorBody>().code).toBe('SMS_CODE_SPENT')
  expect((await post(bank.app, '/auth/sms-codes', { phone: PHONE })).statusCode).toBe(202)
  bank.clock.advanceSeconds(60)
  expect((await c.signCode(app.id)).statusCode).toBe(202)
  expect((await c.sign(app.id, texts().at(-1)![1])).statusCode).toBe(200)
})

test('a signing code expires after 5 minutes', async () => {
  const app = await decided(bank, wang)
  const c = loanClient(bank, wang)
  await c.signCode(app.id)
  bank.clock.advanceSeconds(300)
  const res = await c.sign(app.id, texts().at(-1)![1])
  expect(res.json<ErrorBody>()).toMatchObject({
    code: 'SMS_CODE_EXPIRED',
    details: { fields: [{ field: 'smsCode' }] },
  })
})
