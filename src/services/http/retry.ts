import type { ApiError } from './api-error'

/** How often and how patiently a read is retried on a weak network. */
export interface RetryPolicy {
  retries: number
  baseDelayMs: number
  maxDelayMs: number
}

export const defaultRetryPolicy: RetryPolicy = { retries: 2, baseDelayMs: 400, maxDelayMs: 3000 }

/** Only reads are retried: a mutation is repeated by the user, with the same idempotency key. */
export function shouldRetry(
  method: string | undefined,
  error: ApiError,
  attempt: number,
  policy: RetryPolicy,
): boolean {
  return (method ?? 'get').toLowerCase() === 'get' && attempt < policy.retries && error.mayRetry
}

/** Exponential backoff with full jitter; `random` is injectable so tests can pin it. */
export function retryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}
