// The mini-program path end to end: the app's API client, with axios going through the Taro.request
// adapter and a bearer session, against the real mock bank over HTTP.
import type { AddressInfo } from 'net'
import { buildApp, type MockApp } from '../../mock/server'

jest.mock('@tarojs/taro', () => jest.requireActual('../support/fake-taro'))
jest.mock('@/platform/http-adapter', () => {
  const { taroRequestAdapter } = jest.requireActual('@/platform/http-adapter/taro-request-adapter')
  return { httpAdapter: taroRequestAdapter, sessionTransport: 'bearer' }
})

let app: MockApp
const texts: { phone: string; code: string }[] = []
// The client reads its base URL when first loaded, so it is loaded after the server has a port.
async function loadClient() {
  const port = (app.server.address() as AddressInfo).port
  process.env.TARO_APP_API_BASE = `http://127.0.0.1:${port}`
  const { apiClient } = await import('@/services/http/client')
  const { smsLogin } = await import('@/features/auth/api/sms-login')
  const { bindRealName } = await import('@/features/auth/api/bind-real-name')
  return { apiClient, smsLogin, bindRealName }
}

beforeAll(async () => {
  app = await buildApp({
    mode: 'development',
    dbFile: ':memory:',
    logLevel: 'silent',
    onSms: (phone, code) => texts.push({ phone, code }),
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
})
afterAll(() => app.close())

test('log in with a bearer token, read the masked profile, and bind a real name exactly once', async () => {
  const { apiClient, smsLogin, bindRealName } = await loadClient()
  await apiClient.post('/auth/sms-codes', { phone: '13900000009' }, { idempotencyKey: 'act-sms-000001' })
  const login = await smsLogin({ phone: '13900000009', code: texts.at(-1)!.code }, 'act-login-000001')
  expect(login.token).toEqual(expect.any(String))
  expect(login.user.phoneMasked).toBe('139****0009')

  const me = await apiClient.get<{ realNameVerified: boolean }>('/me')
  expect(me.realNameVerified).toBe(false)

  // A retry of the same action (same key) after a lost answer gets the first answer, not a 409.
  const input = { name: '赵示例', idNumber: '11010519491231002X' }
  const first = await bindRealName(input, 'act-bind-000001')
  const replay = await bindRealName(input, 'act-bind-000001')
  if ('status' in first) throw new Error('an ID the bank has no record of binds at once')
  expect(first.realNameVerified).toBe(true)
  expect(replay).toEqual(first)
  expect(first.nameMasked).toBe('赵*例')
  expect(JSON.stringify(first)).not.toContain('11010519491231002X')

  // A new action with the same input is a new request, and the bank refuses the second binding.
  await expect(bindRealName(input, 'act-bind-000002')).rejects.toMatchObject({
    status: 409,
    code: 'REAL_NAME_ALREADY_BOUND',
  })
})

test('errors keep their Chinese message through the Taro.request transport', async () => {
  const { apiClient } = await loadClient()
  await expect(apiClient.post('/auth/sms-codes', { phone: '12345' })).rejects.toMatchObject({
    status: 400,
    code: 'VALIDATION_FAILED',
    message: expect.stringMatching(/手机号/),
  })
})
