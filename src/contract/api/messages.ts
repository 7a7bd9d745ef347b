// The message centre.
import { PageQuery } from '../common'
import { Message, MessageParams, MessagesResult, ReadAllResult } from '../messages'
import type { EndpointSpec } from './spec'

export const MESSAGE_API = {
  listMessages: {
    tag: 'messages',
    summary: '消息中心',
    description:
      'Newest first, a page at a time. Reminders for bookings starting within 24 h (and loan notices) are added on read, once each.',
    query: PageQuery,
    response: { 200: MessagesResult },
    errors: [],
  },
  readAllMessages: {
    tag: 'messages',
    summary: '全部标为已读',
    response: { 200: ReadAllResult },
    errors: [],
  },
  readMessage: {
    tag: 'messages',
    summary: '标为已读',
    params: MessageParams,
    response: { 200: Message },
    errors: [],
  },
} as const satisfies Record<string, EndpointSpec>
