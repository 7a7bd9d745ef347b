import type { Message, MessagesResult } from '@/contract/messages'
import { callApi } from '@/services/http/client'
import { usePagedQuery } from '@/services/query/use-paged-query'
import { inboxKeys } from './query-keys'

/** One page of the user's messages, newest first, with the unread count. */
export function getMessages(cursor?: string) {
  return callApi('listMessages', { query: { cursor } })
}

/** The user's messages, a page at a time as they scroll. */
export function useMessages() {
  return usePagedQuery<Message, MessagesResult>(inboxKeys.messages(), (cursor) => getMessages(cursor))
}
