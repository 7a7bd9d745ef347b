import { useCallback, useEffect, useRef, useState } from 'react'
import { toApiError, type ApiError } from './api-error'

/** A read's state: the last data, the last error, and whether a load is running. */
export interface QueryState<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  /** Loads again (pull to refresh, coming back to the page, "重试"). */
  reload: () => Promise<void>
}

/**
 * Runs a read when its key changes and on `reload`. Older answers never overwrite newer ones, and the
 * last good data stays on screen while a reload runs or fails.
 */
export function useQuery<T>(key: string | null, load: () => Promise<T>): QueryState<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<ApiError>()
  const [loading, setLoading] = useState(key !== null)
  const latest = useRef(0)
  const loader = useRef(load)
  loader.current = load

  const reload = useCallback(async () => {
    if (key === null) return
    const ticket = ++latest.current
    setLoading(true)
    try {
      const result = await loader.current()
      if (ticket !== latest.current) return
      setData(result)
      setError(undefined)
    } catch (raw) {
      if (ticket === latest.current) setError(toApiError(raw))
    } finally {
      if (ticket === latest.current) setLoading(false)
    }
  }, [key])

  useEffect(() => {
    void reload()
  }, [reload])

  return { data, error, loading, reload }
}
