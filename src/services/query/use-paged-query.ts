import { useEffect } from 'react'
import useSWRInfinite from 'swr/infinite'
import { toApiError, type ApiError } from '@/services/http/api-error'
import { watchPagedList } from './paged-lists'
import type { QueryKey } from './use-bank-query'

/** One page as the bank answers it. */
export interface PageOf<T> {
  items: T[]
  nextCursor: string | null
}

/** A list read a page at a time. */
export interface PagedQuery<T, P extends PageOf<T> = PageOf<T>> {
  /** Every item of the pages read so far, in order. */
  items: T[]
  /** The first page as answered (for figures sent with it, such as an unread count). */
  firstPage: P | undefined
  error: ApiError | undefined
  /** True until the first page arrives. */
  loading: boolean
  /** True while a further page is on its way. */
  loadingMore: boolean
  /** False once the last page has been read. */
  hasMore: boolean
  /** Reads the next page (scrolling near the end); does nothing while one is loading or at the end. */
  loadMore: () => void
  /** Reads every loaded page again from the start. */
  reload: () => Promise<void>
}

/**
 * A cached list read page by page with the bank's cursors; `key` names the list (its first element
 * is the domain a change invalidates), `null` waits.
 */
export function usePagedQuery<T, P extends PageOf<T> = PageOf<T>>(
  key: QueryKey | null,
  loadPage: (cursor: string | undefined) => Promise<P>,
): PagedQuery<T, P> {
  const query = useSWRInfinite<P, unknown>(
    (index, previous: P | null) => {
      if (!key || (previous && !previous.nextCursor)) return null
      return [...key, 'page', index === 0 ? '' : previous!.nextCursor]
    },
    (pageKey: readonly unknown[]) => loadPage((pageKey[pageKey.length - 1] as string) || undefined),
    // Items arrive at the top of the lists we page (newest first): re-reading page one on each
    // "load more" would shift the cursor under the user.
    { revalidateFirstPage: false },
  )
  const { data, size, setSize, isLoading, isValidating, mutate } = query
  const lastPage = data?.[data.length - 1]
  const hasMore = Boolean(lastPage?.nextCursor)
  const loadingMore = isValidating && Boolean(data) && size > data!.length
  const domain = key?.[0]
  useEffect(() => (domain ? watchPagedList(domain, () => mutate()) : undefined), [domain, mutate])
  return {
    items: data?.flatMap((page) => page.items) ?? [],
    firstPage: data?.[0],
    error: query.error === undefined ? undefined : toApiError(query.error),
    loading: isLoading,
    loadingMore,
    hasMore,
    loadMore: () => {
      if (hasMore && !loadingMore) void setSize(size + 1)
    },
    reload: async () => {
      await mutate()
    },
  }
}
