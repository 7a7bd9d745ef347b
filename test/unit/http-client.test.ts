import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios'
import { AxiosError } from 'axios'

// The client is tested through its real interceptors with a scripted transport standing in for the network.
const calls: InternalAxiosRequestConfig[] = []
let script: Array<(config: InternalAxiosRequestConfig) => unknown> = []

const scriptedAdapter: AxiosAdapter = async (config) => {
  calls.push(config)
  const step = script.shift()
  if (!step) throw new Error('no scripted answer left')
  return step(config) as never
}

jest.mock('@tarojs/taro', () => jest.requireActual('../support/fake-taro'))
jest.mock('@/platform/http-adapter', () => ({
  httpAdapter: (c: never) => scriptedAdapter(c),
  sessionTransport: 'bearer',
}))

import {
  apiClient,
  configureRetries,
  setSessionRefresher,
  setUnauthorizedHandler,
  type ApiError,
} from '@/services/http/client'
import { signIn, getSession } from '@/services/session/session-store'
import type { Me } from '@/contract/me'

const ok =
  (data: unknown, status = 200) =>
  (config: InternalAxiosRequestConfig) => ({ data, status, statusText: 'OK', headers: {}, config })
const fail = (status: number, data: unknown) => (config: InternalAxiosRequestConfig) => {
  throw new AxiosError('failed', AxiosError.ERR_BAD_RESPONSE, config, null, {
    data,
    status,
    statusText: '',
    headers: {},
    config,
  })
}
const offline = () => (config: InternalAxiosRequestConfig) => {
  throw new AxiosError('Network Error', AxiosError.ERR_NETWORK, config)
}
const timeout = () => (config: InternalAxiosRequestConfig) => {
  throw new AxiosError('timeout of 15000ms exceeded', AxiosError.ECONNABORTED, config)
}
const user: Me = {
  id: 'u1',
  role: 'customer',
  phoneMasked: '139****0001',
  realNameVerified: false,
  preApproval: null,
}
const waits: number[] = []

beforeEach(() => {
  calls.length = 0
  script = []
  waits.length = 0
  configureRetries({ retries: 2, baseDelayMs: 100, maxDelayMs: 1000 }, async (ms) => void waits.push(ms))
  setUnauthorizedHandler(undefined)
})

test('a read that meets a flaky network is retried with growing backoff and then succeeds', async () => {
  script = [offline(), fail(503, { code: 'SERVICE_UNAVAILABLE', message: '服务繁忙' }), ok({ status: 'ok' })]
  await expect(apiClient.get('/health')).resolves.toEqual({ status: 'ok' })
  expect(calls).toHaveLength(3)
  // Full-jitter backoff: the first wait is within [50, 100] ms, the second within [100, 200] ms.
  expect(waits).toHaveLength(2)
  expect(waits[0]).toBeGreaterThanOrEqual(50)
  expect(waits[0]).toBeLessThanOrEqual(100)
  expect(waits[1]).toBeGreaterThanOrEqual(100)
  expect(waits[1]).toBeLessThanOrEqual(200)
})

test('a read gives up after the retry budget with a Chinese offline message', async () => {
  script = [offline(), offline(), offline()]
  await expect(apiClient.get('/me')).rejects.toMatchObject({
    code: 'NETWORK_ERROR',
    message: '网络不给力，请检查网络后重试',
  })
  expect(calls).toHaveLength(3)
})

test('a mutation is never retried by the client, and carries the idempotency key of the action', async () => {
  script = [timeout()]
  await expect(
    apiClient.post('/auth/sms-codes', { phone: '13900000001' }, { idempotencyKey: 'act-key-123456' }),
  ).rejects.toMatchObject({
    code: 'TIMEOUT',
    message: '请求超时，请稍后重试',
  })
  expect(calls).toHaveLength(1)
  expect(calls[0].headers['Idempotency-Key']).toBe('act-key-123456')
})

test('server errors reach the caller as ApiError with code, Chinese message and field details', async () => {
  const body = {
    code: 'VALIDATION_FAILED',
    message: '手机号格式不正确',
    details: { fields: [{ field: 'phone', message: '手机号格式不正确' }] },
  }
  script = [fail(400, body)]
  const error = await apiClient.post<never>('/auth/sms-codes', { phone: '1' }).catch((e: ApiError) => e)
  expect(error.name).toBe('ApiError')
  expect(error.status).toBe(400)
  expect(error.code).toBe('VALIDATION_FAILED')
  expect(error.fieldErrors).toEqual({ phone: '手机号格式不正确' })
})

test('a 5xx without the error shape still becomes a clear Chinese message', async () => {
  script = [fail(500, '<html>oops</html>')]
  await expect(apiClient.post('/x', {})).rejects.toMatchObject({
    code: 'SERVICE_UNAVAILABLE',
    message: '服务繁忙，请稍后再试',
  })
})

test('the bearer token is attached, and a 401 signs out, asks for login once and repeats the request', async () => {
  signIn(user, { token: 'tok-1' })
  const relogin = jest.fn(async () => {
    signIn(user, { token: 'tok-2' })
    return true
  })
  setUnauthorizedHandler(relogin)
  script = [fail(401, { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' }), ok({ id: 'u1' })]
  await expect(
    apiClient.post('/me/real-name', { name: '王建国' }, { idempotencyKey: 'act-same-key-1' }),
  ).resolves.toEqual({ id: 'u1' })
  expect(relogin).toHaveBeenCalledTimes(1)
  expect(calls[0].headers.Authorization).toBe('Bearer tok-1')
  expect(calls[1].headers.Authorization).toBe('Bearer tok-2')
  // The repeat is the same action: same key, so the server can never apply it twice.
  expect(calls[1].headers['Idempotency-Key']).toBe('act-same-key-1')
})

test('when the user does not log in again, the 401 reaches the page and the session is anonymous', async () => {
  signIn(user, { token: 'tok-1' })
  setUnauthorizedHandler(async () => false)
  script = [fail(401, { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' })]
  await expect(apiClient.get('/me')).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' })
  expect(getSession().status).toBe('anonymous')
})

test('a lost CSRF token is fetched again and the write repeated once, with the same key', async () => {
  const refresh = jest.fn(async () => true)
  setSessionRefresher(refresh)
  const refused = fail(403, { code: 'CSRF_TOKEN_INVALID', message: '页面已过期，请刷新后重试' })
  script = [refused, ok({ done: true })]
  await expect(apiClient.post('/bookings', { a: 1 }, { idempotencyKey: 'act-csrf-000001' })).resolves.toEqual(
    { done: true },
  )
  expect(refresh).toHaveBeenCalledTimes(1)
  expect(calls[1].headers['Idempotency-Key']).toBe('act-csrf-000001')

  // Only once: a second refusal reaches the page with the bank's message.
  script = [refused, refused]
  await expect(apiClient.post('/bookings', { a: 2 })).rejects.toMatchObject({ code: 'CSRF_TOKEN_INVALID' })
  expect(calls).toHaveLength(4)
  setSessionRefresher(undefined)
})

test('parallel 401s share one login prompt', async () => {
  signIn(user, { token: 'tok-1' })
  let release: (value: boolean) => void = () => undefined
  const relogin = jest.fn(() => new Promise<boolean>((resolve) => (release = resolve)))
  setUnauthorizedHandler(relogin)
  const unauthorized = fail(401, { code: 'UNAUTHENTICATED', message: '登录已过期' })
  script = [unauthorized, unauthorized, ok('a'), ok('b')]
  const both = Promise.all([apiClient.get('/a'), apiClient.get('/b')])
  await new Promise((resolve) => setTimeout(resolve, 10))
  release(true)
  await expect(both).resolves.toEqual(['a', 'b'])
  expect(relogin).toHaveBeenCalledTimes(1)
})
