import type { Message, MessagesResult } from '@/contract/messages'
import { apiClient } from '@/services/http/client'

/** The user's messages, newest first, with the unread count. */
export function getMessages(): Promise<MessagesResult> {
  return apiClient.get<MessagesResult>('/messages')
}

/** Marks one message as read. */
export function markMessageRead(messageId: string, idempotencyKey: string): Promise<Message> {
  return apiClient.post<Message>(`/messages/${encodeURIComponent(messageId)}/read`, {}, { idempotencyKey })
}

/** Marks every message as read. */
export function markAllMessagesRead(idempotencyKey: string): Promise<{ unread: number }> {
  return apiClient.post<{ unread: number }>('/messages/read-all', {}, { idempotencyKey })
}
