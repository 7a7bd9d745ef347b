// The message centre: what the bank tells a customer about bookings and referrals.
import { Type, type Static } from '@sinclair/typebox'
import { MESSAGE_KINDS, MESSAGE_LINK_TYPES } from './constants'
import { Id, IsoDateTime, Page, StringEnum } from './common'

/** What a message opens. */
export const MessageLink = Type.Object(
  {
    type: StringEnum(MESSAGE_LINK_TYPES, { description: 'booking | referral | loan | loan-application' }),
    id: Id,
  },
  { description: 'Linked record' },
)
export type MessageLink = Static<typeof MessageLink>

/** A message. */
export const Message = Type.Object(
  {
    id: Id,
    kind: StringEnum(MESSAGE_KINDS, { description: 'booking | reminder | referral | loan' }),
    title: Type.String(),
    body: Type.String(),
    createdAt: IsoDateTime,
    read: Type.Boolean(),
    link: Type.Optional(MessageLink),
  },
  { description: 'Message' },
)
export type Message = Static<typeof Message>

/** Answer of GET /messages: a page, newest first, and the unread count of all messages. */
export const MessagesResult = Page(Message, 'Messages, newest first', {
  unread: Type.Integer({ description: 'Unread messages (all pages)' }),
})
export type MessagesResult = Static<typeof MessagesResult>

/** Path of /messages/:id/read. */
export const MessageParams = Type.Object({ id: Type.String({ title: '消息', minLength: 1, maxLength: 64 }) })
export type MessageParams = Static<typeof MessageParams>

/** Answer of POST /messages/read-all. */
export const ReadAllResult = Type.Object({ unread: Type.Literal(0) }, { description: 'All read' })
export type ReadAllResult = Static<typeof ReadAllResult>
