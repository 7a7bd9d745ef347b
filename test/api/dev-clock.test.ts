import { api, post, bankForEachTest } from '../support/api-app'

const bank = bankForEachTest()

const putClock = (body: unknown) =>
  bank.app.inject({ method: 'PUT', url: api('/dev/clock'), payload: body as object })

test('moving the mock clock moves every time rule: a code can be re-sent once the offset passes 60 s', async () => {
  expect((await post(bank.app, '/auth/sms-codes', { phone: '13900000003' })).statusCode).toBe(202)
  expect((await post(bank.app, '/auth/sms-codes', { phone: '13900000003' })).statusCode).toBe(429)

  const moved = await putClock({ offsetSeconds: 61 })
  expect(moved.statusCode).toBe(200)
  expect(moved.json()).toEqual({
    offsetSeconds: 61,
    now: new Date(bank.clock.now().getTime() + 61_000).toISOString(),
  })
  expect((await post(bank.app, '/auth/sms-codes', { phone: '13900000003' })).statusCode).toBe(202)
})

test('the offset is validated like any other input', async () => {
  expect((await putClock({ offsetSeconds: 1.5 })).json()).toMatchObject({ code: 'VALIDATION_FAILED' })
  expect((await putClock({ offsetSeconds: 10 ** 12 })).statusCode).toBe(400)
  expect((await putClock({})).statusCode).toBe(400)
  const current = await bank.app.inject({ method: 'GET', url: api('/dev/clock') })
  expect(current.json().offsetSeconds).toBe(0)
})
