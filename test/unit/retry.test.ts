import { ApiError } from '@/services/http/api-error'
import { retryDelayMs, shouldRetry, type RetryPolicy } from '@/services/http/retry'

const policy: RetryPolicy = { retries: 2, baseDelayMs: 400, maxDelayMs: 3000 }

test('backoff doubles per attempt, stays within its jitter band and is capped', () => {
  expect(retryDelayMs(0, policy, () => 0)).toBe(200)
  expect(retryDelayMs(0, policy, () => 1)).toBe(400)
  expect(retryDelayMs(1, policy, () => 1)).toBe(800)
  expect(retryDelayMs(5, policy, () => 1)).toBe(3000)
})

test('only reads are retried, only for answers that may be transient, and only within the budget', () => {
  const offline = new ApiError(0, 'NETWORK_ERROR', '网络不给力')
  const busy = new ApiError(503, 'SERVICE_UNAVAILABLE', '服务繁忙')
  const refused = new ApiError(422, 'SMS_CODE_WRONG', '验证码错误')
  expect(shouldRetry('get', offline, 0, policy)).toBe(true)
  expect(shouldRetry('GET', busy, 1, policy)).toBe(true)
  expect(shouldRetry('get', busy, 2, policy)).toBe(false)
  expect(shouldRetry('post', offline, 0, policy)).toBe(false)
  expect(shouldRetry('get', refused, 0, policy)).toBe(false)
})
