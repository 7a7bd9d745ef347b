// Wrong guesses counted per user within a sliding window, for codes that could be found by typing
// numbers until one fits (check-in codes, coupon codes): past `perWindow` of them, typing waits.
// The limit is meant to be read and a guess counted under one write lock (the caller's transaction).
import type { ErrorBody } from '../../src/contract/common'
import type { ErrorCode } from '../../src/contract/errors'
import { bankError } from '../errors'
import type { Db } from './db'

/** One kind of counted guess: where it is kept, whose it is, how many in how long, and the 429 past that. */
export interface WrongGuesses {
  table: 'check_in_failures' | 'redeem_code_failures'
  userColumn: 'staff_user_id' | 'merchant_id'
  perWindow: number
  windowMinutes: number
  code: ErrorCode
  /** The 429's words, when they should say how long to wait. */
  message?: (retryAfterSeconds: number) => string
}

/** 429 while the user has had too many wrong guesses within the window; old ones are purged here. */
export function assertGuessesLeft(db: Db, kind: WrongGuesses, userId: string, nowMs: number): void {
  const windowMs = kind.windowMinutes * 60_000
  db.prepare(`DELETE FROM ${kind.table} WHERE failed_at <= ?`).run(nowMs - windowMs)
  const failures = db
    .prepare(`SELECT failed_at FROM ${kind.table} WHERE ${kind.userColumn} = ? ORDER BY failed_at`)
    .all(userId) as { failed_at: number }[]
  if (failures.length < kind.perWindow) return
  const freeAt = failures[failures.length - kind.perWindow].failed_at + windowMs
  const retryAfterSeconds = Math.max(1, Math.ceil((freeAt - nowMs) / 1000))
  const details: ErrorBody['details'] = { retryAfterSeconds }
  throw bankError(
    kind.code,
    kind.message ? { message: kind.message(retryAfterSeconds), details } : { details },
  )
}

/** Counts a wrong guess against the user. */
export function recordWrongGuess(db: Db, kind: WrongGuesses, userId: string, nowMs: number): void {
  db.prepare(`INSERT INTO ${kind.table} (${kind.userColumn}, failed_at) VALUES (?, ?)`).run(userId, nowMs)
}
