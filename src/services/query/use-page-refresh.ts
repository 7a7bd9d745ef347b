import { useEffect, useRef } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'

/** Something that can be read again: a BankQuery (data) or a PagedQuery (firstPage). */
export interface Reloadable {
  reload: () => Promise<unknown>
  data?: unknown
  firstPage?: unknown
}

/** A show this soon after the mount is the one that opened the page. */
const SAME_VISIT_MS = 1000

const hasData = (query: Reloadable | undefined | false) =>
  Boolean(query && (query.data !== undefined || query.firstPage !== undefined))

/**
 * Reads a page's queries again when the page is shown again (back from another page, a tab chosen
 * again, the app coming to the front) and on pull-to-refresh, then stops the pull-down spinner. On
 * mount only answers that came from the cache are read again: the others are being fetched already.
 */
export function usePageRefresh(...queries: (Reloadable | undefined | false)[]): void {
  const cachedAtMount = useRef(queries.map(hasData))
  const mountedAt = useRef(Date.now())
  const reload = (which: (index: number) => boolean) =>
    Promise.all(queries.map((query, index) => (query && which(index) ? query.reload() : undefined))).catch(
      () => undefined,
    )
  useEffect(() => {
    void reload((index) => cachedAtMount.current[index])
    // Once, on mount; later shows are the page's own events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  useDidShow(() => {
    // The show that opens the page arrives right after the mount, handled above; a part mounted
    // later (after a login, say) meets its first show only when the page comes back.
    if (Date.now() - mountedAt.current > SAME_VISIT_MS) void reload(() => true)
  })
  usePullDownRefresh(() => void reload(() => true).finally(() => Taro.stopPullDownRefresh()))
}
