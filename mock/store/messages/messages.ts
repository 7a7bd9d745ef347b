// The message centre: messages per user, read state, and de-duplicated inserts.
import { randomUUID } from 'node:crypto'
import type { MessageKind, MessageLinkType } from '../../../src/contract/constants'
import type { Message, MessagesResult } from '../../../src/contract/messages'
import type { Db } from '../db'
import { decodeCursor, encodeCursor } from '../paging'

/** A message to store. `dedupeKey` makes a second insert with the same key a no-op. */
export interface NewMessage {
  userId: string
  kind: MessageKind
  title: string
  body: string
  link?: { type: MessageLinkType; id: string }
  dedupeKey?: string
}

interface MessageRow {
  seq: number
  id: string
  kind: MessageKind
  title: string
  body: string
  link_type: MessageLinkType | null
  link_id: string | null
  created_at: number
  read_at: number | null
}

const toMessage = (row: MessageRow): Message => {
  const message: Message = {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    createdAt: new Date(row.created_at).toISOString(),
    read: row.read_at !== null,
  }
  if (row.link_type && row.link_id) message.link = { type: row.link_type, id: row.link_id }
  return message
}

/** Stores a message (ignored when its dedupeKey was used before). */
export function addMessage(db: Db, message: NewMessage, nowMs: number): void {
  db.prepare(
    `INSERT OR IGNORE INTO messages (id, user_id, kind, title, body, link_type, link_id, dedupe_key, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    `msg_${randomUUID()}`,
    message.userId,
    message.kind,
    message.title,
    message.body,
    message.link?.type ?? null,
    message.link?.id ?? null,
    message.dedupeKey ?? null,
    nowMs,
  )
}

/** One page of the user's messages, newest first, and how many are unread in all. */
export function listMessages(
  db: Db,
  userId: string,
  page: { cursor?: string; limit: number },
): MessagesResult {
  const after = decodeCursor(page.cursor)
  const rows = db
    .prepare(
      `SELECT * FROM messages WHERE user_id = ?
       AND (? IS NULL OR created_at < ? OR (created_at = ? AND seq < ?))
       ORDER BY created_at DESC, seq DESC LIMIT ?`,
    )
    .all(
      userId,
      after?.at ?? null,
      after?.at ?? null,
      after?.at ?? null,
      after?.seq ?? null,
      page.limit + 1,
    ) as MessageRow[]
  const shown = rows.slice(0, page.limit)
  const last = shown[shown.length - 1]
  return {
    items: shown.map(toMessage),
    nextCursor:
      rows.length > page.limit && last ? encodeCursor({ at: last.created_at, seq: last.seq }) : null,
    unread: countUnread(db, userId),
  }
}

/** Unread messages of a user. */
export function countUnread(db: Db, userId: string): number {
  return (
    db.prepare('SELECT COUNT(*) AS n FROM messages WHERE user_id = ? AND read_at IS NULL').get(userId) as {
      n: number
    }
  ).n
}

/** Marks one of the user's messages read; undefined when it is not theirs. */
export function markMessageRead(db: Db, userId: string, id: string, nowMs: number): Message | undefined {
  db.prepare('UPDATE messages SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL').run(
    nowMs,
    id,
    userId,
  )
  const row = db.prepare('SELECT * FROM messages WHERE id = ? AND user_id = ?').get(id, userId) as
    MessageRow | undefined
  return row && toMessage(row)
}

/** Marks all of the user's messages read. */
export function markAllMessagesRead(db: Db, userId: string, nowMs: number): void {
  db.prepare('UPDATE messages SET read_at = ? WHERE user_id = ? AND read_at IS NULL').run(nowMs, userId)
}
