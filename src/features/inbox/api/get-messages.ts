import type { Message, MessagesResult } from '@/contract/messages'
import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { usePagedQuery } from '@/services/query/use-paged-query'
import { inboxKeys } from './query-keys'

/** One page of the user's messages, newest first, with the unread count. */
export function getMessages(cursor?: string, limit?: number) {
  return callApi('listMessages', { query: { cursor, limit } })
}

/** The user's messages, a page at a time as they scroll. */
export function useMessages() {
  return usePagedQuery<Message, MessagesResult>(inboxKeys.messages(), (cursor) => getMessages(cursor))
}

/** How many messages are unread; waits while `enabled` is false (nobody logged in). */
export function useUnreadCount(enabled: boolean) {
  return useBankQuery(
    enabled ? inboxKeys.unread() : null,
    async () => (await getMessages(undefined, 1)).unread,
  )
}
