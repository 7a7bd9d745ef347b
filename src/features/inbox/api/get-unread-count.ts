import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { inboxKeys } from './query-keys'

/** How many messages are unread (the first page of one message carries the count). */
export async function getUnreadCount() {
  return (await callApi('listMessages', { query: { limit: 1 } })).unread
}

/** How many messages are unread; waits while `enabled` is false (nobody logged in). */
export function useUnreadCount(enabled: boolean) {
  return useBankQuery(enabled ? inboxKeys.unread() : null, getUnreadCount)
}
