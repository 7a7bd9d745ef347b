import { useCallback, useRef, useState } from 'react'
import { ApiError, toApiError } from './api-error'
import { createIdempotencyKey } from './idempotency-key'

/** What one run of an action ended with. */
export type ActionResult<R> = { ok: true; data: R } | { ok: false; error: ApiError }

/**
 * Runs one user action (a form submit, a confirm) against the API.
 * The action gets one idempotency key; it is kept while the same input is tried again after a network
 * failure, so "tap again" can never submit twice, and dropped once the server has answered.
 */
export function useAction<A extends unknown[], R>(run: (idempotencyKey: string, ...args: A) => Promise<R>) {
  const attempt = useRef<{ key: string; input: string } | undefined>(undefined)
  const running = useRef(false)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<ApiError | undefined>(undefined)

  const execute = useCallback(
    async (...args: A): Promise<ActionResult<R>> => {
      if (running.current) return { ok: false, error: new ApiError(0, 'ACTION_PENDING', '正在处理，请稍候') }
      const input = JSON.stringify(args)
      if (attempt.current?.input !== input) attempt.current = { key: createIdempotencyKey(), input }
      running.current = true
      setPending(true)
      setError(undefined)
      try {
        const data = await run(attempt.current.key, ...args)
        attempt.current = undefined
        return { ok: true, data }
      } catch (raw) {
        const failure = toApiError(raw)
        // No answer, or the bank is still working on the first try: the next tap must reuse the key.
        const unsettled = failure.mayRetry || failure.code === 'IDEMPOTENCY_IN_PROGRESS'
        if (!unsettled) attempt.current = undefined
        setError(failure)
        return { ok: false, error: failure }
      } finally {
        running.current = false
        setPending(false)
      }
    },
    [run],
  )

  const clearError = useCallback(() => setError(undefined), [])
  return { execute, pending, error, clearError }
}
