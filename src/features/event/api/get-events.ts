import type { EventPage, EventSummary } from '@/contract/events'
import { callApi } from '@/services/http/client'
import { usePagedQuery } from '@/services/query/use-paged-query'
import { eventKeys, type EventFilters } from './query-keys'

/** Rows a page: small enough to draw at once on a cheap phone. */
export const EVENT_PAGE_SIZE = 10

/** One page of events as filtered. */
export function getEvents(filters: EventFilters, cursor?: string) {
  const { scope, town, type } = filters
  return callApi('listEvents', { query: { scope, town, type, cursor, limit: EVENT_PAGE_SIZE } })
}

/** The 活动 list, a page at a time as the user scrolls. */
export function useEvents(filters: EventFilters) {
  return usePagedQuery<EventSummary, EventPage>(eventKeys.list(filters), (cursor) =>
    getEvents(filters, cursor),
  )
}
