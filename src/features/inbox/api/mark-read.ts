import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'

/** Marks one message as read. */
export function markMessageRead(messageId: string, idempotencyKey: string) {
  return callApi('readMessage', { params: { id: messageId } }, { idempotencyKey })
}

/** Marks every message as read. */
export function markAllMessagesRead(idempotencyKey: string) {
  return callApi('readAllMessages', {}, { idempotencyKey })
}

/** Marks one message read; the list and the unread count are read again. */
export function useMarkMessageRead() {
  return useBankMutation((key, messageId: string) => markMessageRead(messageId, key), ['messages'])
}

/** Marks every message read; the list and the unread count are read again. */
export function useMarkAllMessagesRead() {
  return useBankMutation((key) => markAllMessagesRead(key), ['messages'])
}
