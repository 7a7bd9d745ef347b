// WeChat login tickets: a short-lived, single-use link between an openid and a coming SMS login.
import { createHash, randomBytes } from 'node:crypto'
import { WECHAT_TICKET_TTL_SECONDS } from '../../../src/contract/constants'
import type { Db } from '../db'

/** Mock code2session: openid = "mock_" + first 24 hex of sha256(code). */
export function openidForCode(code: string): string {
  return `mock_${createHash('sha256').update(code).digest('hex').slice(0, 24)}`
}

/** Issues a ticket valid for 10 minutes. */
export function issueWechatTicket(db: Db, openid: string, nowMs: number): string {
  const ticket = `wxt_${randomBytes(24).toString('base64url')}`
  db.prepare('INSERT INTO wechat_tickets (ticket, openid, expires_at) VALUES (?, ?, ?)').run(
    ticket,
    openid,
    nowMs + WECHAT_TICKET_TTL_SECONDS * 1000,
  )
  return ticket
}

/** Marks a live ticket used and returns its openid; undefined when unknown, expired or used. */
export function consumeWechatTicket(db: Db, ticket: string, nowMs: number): string | undefined {
  const row = db
    .prepare('SELECT openid FROM wechat_tickets WHERE ticket = ? AND used_at IS NULL AND expires_at > ?')
    .get(ticket, nowMs) as { openid: string } | undefined
  if (!row) return undefined
  db.prepare('UPDATE wechat_tickets SET used_at = ? WHERE ticket = ?').run(nowMs, ticket)
  return row.openid
}
