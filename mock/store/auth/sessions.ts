// The sessions aggregate: opaque tokens stored as sha256 hashes, with a CSRF token for cookies.
import { createHash, randomBytes } from 'node:crypto'
import {
  BEARER_SESSION_TTL_SECONDS,
  COOKIE_SESSION_TTL_SECONDS,
  type SessionTransport,
} from '../../../src/contract/constants'
import type { Db } from '../db'

/** A sessions row. */
export interface SessionRow {
  token_hash: string
  user_id: string
  transport: SessionTransport
  csrf_token: string | null
  created_at: number
  expires_at: number
}

/** A newly created session; `token` exists only here, never in the store. */
export interface NewSession {
  token: string
  csrfToken: string | null
  expiresAt: number
}

/** sha256 hex of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Creates a session (12 h for cookie, 7 days for bearer). */
export function createSession(
  db: Db,
  userId: string,
  transport: SessionTransport,
  nowMs: number,
): NewSession {
  const token = randomBytes(32).toString('base64url')
  const csrfToken = transport === 'cookie' ? randomBytes(24).toString('base64url') : null
  const ttl = transport === 'cookie' ? COOKIE_SESSION_TTL_SECONDS : BEARER_SESSION_TTL_SECONDS
  const expiresAt = nowMs + ttl * 1000
  // Expired sessions are of no use to anyone: they go as new ones arrive.
  db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(nowMs)
  db.prepare(
    'INSERT INTO sessions (token_hash, user_id, transport, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(hashToken(token), userId, transport, csrfToken, nowMs, expiresAt)
  return { token, csrfToken, expiresAt }
}

/** The live session for a token, or undefined when unknown or expired. */
export function findLiveSession(db: Db, token: string, nowMs: number): SessionRow | undefined {
  return db
    .prepare('SELECT * FROM sessions WHERE token_hash = ? AND expires_at > ?')
    .get(hashToken(token), nowMs) as SessionRow | undefined
}

/** Deletes one session. */
export function deleteSession(db: Db, tokenHash: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash)
}

/** Expires every live session of a user now; returns how many. */
export function expireUserSessions(db: Db, userId: string, nowMs: number): number {
  return db
    .prepare('UPDATE sessions SET expires_at = ? WHERE user_id = ? AND expires_at > ?')
    .run(nowMs, userId, nowMs).changes
}
