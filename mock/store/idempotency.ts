// Idempotency records: claim a key atomically (with a token), store the answer in the same
// transaction as the work it answers, replay it for 24 h.
import { randomBytes } from 'node:crypto'
import { IDEMPOTENCY_TTL_SECONDS } from '../../src/contract/constants'
import type { Db } from './db'

/** Identifies one idempotent request. */
export interface IdempotencyScope {
  scope: string
  method: string
  url: string
  key: string
}

/** A stored answer. */
export interface StoredResponse {
  status: number
  body: string
  headers: Record<string, string | string[]>
}

/** Outcome of claiming a key; a claim's token proves later that it still holds the key. */
export type ClaimResult =
  | { kind: 'claimed'; token: string }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'mismatch' }
  | { kind: 'in_progress' }

interface Row {
  body_hash: string
  state: 'running' | 'done'
  status: number | null
  body: string | null
  headers: string | null
  created_at: number
}

/**
 * A running claim older than this is taken as abandoned (the process died before its work
 * committed: nothing was done, so the request may run again). A slow request that then tries to
 * commit finds its token replaced and rolls back, so the work never happens twice.
 */
const STALE_RUNNING_MS = 60_000
const WHERE = 'scope = ? AND method = ? AND url = ? AND key = ?'
const args = (s: IdempotencyScope) => [s.scope, s.method, s.url, s.key]

/** Claims the key for this body, or says why not. One transaction, so concurrent claims cannot both win. */
export function claimIdempotencyKey(
  db: Db,
  s: IdempotencyScope,
  bodyHash: string,
  nowMs: number,
): ClaimResult {
  return db
    .transaction((): ClaimResult => {
      db.prepare('DELETE FROM idempotency_keys WHERE created_at <= ?').run(
        nowMs - IDEMPOTENCY_TTL_SECONDS * 1000,
      )
      const row = db.prepare(`SELECT * FROM idempotency_keys WHERE ${WHERE}`).get(...args(s)) as
        Row | undefined
      const abandoned = row?.state === 'running' && row.created_at <= nowMs - STALE_RUNNING_MS
      if (row && !abandoned) {
        if (row.body_hash !== bodyHash) return { kind: 'mismatch' }
        if (row.state === 'running') return { kind: 'in_progress' }
        return {
          kind: 'replay',
          response: { status: row.status!, body: row.body ?? '', headers: JSON.parse(row.headers ?? '{}') },
        }
      }
      const token = randomBytes(16).toString('base64url')
      db.prepare(
        `INSERT OR REPLACE INTO idempotency_keys (scope, method, url, key, body_hash, state, claim, created_at)
         VALUES (?, ?, ?, ?, ?, 'running', ?, ?)`,
      ).run(...args(s), bodyHash, token, nowMs)
      return { kind: 'claimed', token }
    })
    .immediate()
}

/**
 * Stores the answer of a claimed key. Call inside the transaction of the work it answers: false
 * when the claim was taken over meanwhile (the caller must then roll its work back).
 */
export function completeIdempotencyKey(
  db: Db,
  s: IdempotencyScope,
  token: string,
  response: StoredResponse,
): boolean {
  return (
    db
      .prepare(
        `UPDATE idempotency_keys SET state = 'done', status = ?, body = ?, headers = ?
         WHERE ${WHERE} AND state = 'running' AND claim = ?`,
      )
      .run(response.status, response.body, JSON.stringify(response.headers), ...args(s), token).changes === 1
  )
}

/** Forgets a running claim whose work did not commit (refused before it began, or failed). */
export function releaseIdempotencyKey(db: Db, s: IdempotencyScope, token: string): void {
  db.prepare(`DELETE FROM idempotency_keys WHERE ${WHERE} AND state = 'running' AND claim = ?`).run(
    ...args(s),
    token,
  )
}
