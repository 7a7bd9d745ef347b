import useSWR from 'swr'
import { toApiError, type ApiError } from '@/services/http/api-error'

/** Identifies a cached read: its domain first, then what narrows it, e.g. ['bookings', 'upcoming']. */
export type QueryKey = readonly [string, ...(string | number | boolean | undefined)[]]

/** A read's state: the last data, the last error, and whether the first load is running. */
export interface BankQuery<T> {
  data: T | undefined
  error: ApiError | undefined
  /** True until the first answer (or failure) for this key; data on screen stays while reloading. */
  loading: boolean
  /** Reads again (coming back to the page, pull to refresh, "重试"). */
  reload: () => Promise<void>
}

/**
 * A cached read of the bank: the same key shares one request and one answer across the pages that
 * show it; `null` waits (e.g. for a route parameter or a login). Older answers never overwrite newer ones.
 */
export function useBankQuery<T>(
  key: QueryKey | null,
  load: () => Promise<T>,
  /**
   * Read again every `refreshMs` while the page is visible (a QR that renews itself); a function of
   * the last answer may say 0 to stop (a coupon watched only while it can still be used).
   */
  options: { refreshMs?: number | ((data: T | undefined) => number) } = {},
): BankQuery<T> {
  const query = useSWR<T, unknown>(
    key,
    load,
    options.refreshMs ? { refreshInterval: options.refreshMs } : undefined,
  )
  return {
    data: query.data,
    error: query.error === undefined ? undefined : toApiError(query.error),
    loading: query.isLoading,
    reload: async () => {
      await query.mutate()
    },
  }
}
