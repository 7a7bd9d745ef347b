import { useCallback } from 'react'
import { useSWRConfig } from 'swr'
import { useAction } from '@/services/http/use-action'
import { reloadPagedLists } from './paged-lists'
import type { QueryKey } from './use-bank-query'

/** Reads the bank's answer already settles: their cache is set to it at once. */
export type Settles<A extends unknown[], R> = (result: R, ...args: A) => [QueryKey, unknown][]

/**
 * A user action that changes the bank (useAction: one idempotency key per action, kept across a
 * retry of the same input). The reads its answer settles show that answer at once; every other read
 * of the domains it makes stale is read again.
 */
export function useBankMutation<A extends unknown[], R>(
  run: (idempotencyKey: string, ...args: A) => Promise<R>,
  /** Domains the change makes stale: every cached read whose key starts with one is read again. */
  invalidates: readonly string[],
  settles?: Settles<A, R>,
) {
  const { mutate } = useSWRConfig()
  const runAndInvalidate = useCallback(
    async (idempotencyKey: string, ...args: A) => {
      const result = await run(idempotencyKey, ...args)
      const settled = settles?.(result, ...args) ?? []
      await Promise.all(settled.map(([key, data]) => mutate(key, data, { revalidate: false })))
      const fresh = new Set(settled.map(([key]) => JSON.stringify(key)))
      // Not awaited: the answer is the mutation's; stale reads refresh behind it.
      void mutate((key) => {
        if (!Array.isArray(key) || fresh.has(JSON.stringify(key))) return false
        return invalidates.includes((key as unknown as QueryKey)[0])
      })
      reloadPagedLists(invalidates)
      return result
    },
    [run, invalidates, settles, mutate],
  )
  return useAction(runAndInvalidate)
}
