// The SMS-code aggregate: sending (60 s resend, outbox) and checking (5 min, single use, lock).
// Each purpose (login, loan signing, drawdown) is its own channel: a login code never signs a
// contract, and a wrong drawdown code does not lock login.
import { randomInt } from 'node:crypto'
import {
  PHONE_LOCK_SECONDS,
  SMS_CODE_TTL_SECONDS,
  SMS_MAX_WRONG_ATTEMPTS,
  SMS_RESEND_SECONDS,
  type SmsPurpose,
} from '../../src/contract/constants'
import type { Db } from './db'

interface CodeRow {
  id: number
  code: string
  sent_at: number
  expires_at: number
  used_at: number | null
}
interface GuardRow {
  wrong_attempts: number
  locked_until: number | null
}

/** Outcome of asking for a code. */
export type SendCodeResult =
  { kind: 'sent'; code: string } | { kind: 'locked' | 'too_frequent'; retryAfterSeconds: number }

/** Outcome of checking a code (a wrong code is already counted when this returns). */
export type CheckCodeResult =
  | { kind: 'ok'; sentAt: number }
  | { kind: 'not_sent' | 'expired' }
  | { kind: 'wrong'; attemptsLeft: number }
  | { kind: 'locked'; retryAfterSeconds: number }

const secondsUntil = (ms: number, nowMs: number) => Math.max(1, Math.ceil((ms - nowMs) / 1000))

/** phone_guards key: the bare phone for login (rows from before purposes stay valid), else purpose:phone. */
const guardKey = (phone: string, purpose: SmsPurpose) => (purpose === 'login' ? phone : `${purpose}:${phone}`)

function guardOf(db: Db, key: string): GuardRow {
  return (
    (db.prepare('SELECT wrong_attempts, locked_until FROM phone_guards WHERE phone = ?').get(key) as
      GuardRow | undefined) ?? { wrong_attempts: 0, locked_until: null }
  )
}

function latestCode(db: Db, phone: string, purpose: SmsPurpose): CodeRow | undefined {
  return db
    .prepare('SELECT * FROM sms_codes WHERE phone = ? AND purpose = ? ORDER BY id DESC LIMIT 1')
    .get(phone, purpose) as CodeRow | undefined
}

/** Issues a new 6-digit code unless the number is locked or was texted in the last 60 s. Atomic. */
export function sendSmsCode(
  db: Db,
  phone: string,
  nowMs: number,
  purpose: SmsPurpose = 'login',
): SendCodeResult {
  return db
    .transaction((): SendCodeResult => {
      const guard = guardOf(db, guardKey(phone, purpose))
      if (guard.locked_until && guard.locked_until > nowMs) {
        return { kind: 'locked', retryAfterSeconds: secondsUntil(guard.locked_until, nowMs) }
      }
      const last = latestCode(db, phone, purpose)
      const resendAt = last ? last.sent_at + SMS_RESEND_SECONDS * 1000 : 0
      if (resendAt > nowMs) return { kind: 'too_frequent', retryAfterSeconds: secondsUntil(resendAt, nowMs) }
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
      db.prepare(
        'INSERT INTO sms_codes (phone, code, sent_at, expires_at, purpose) VALUES (?, ?, ?, ?, ?)',
      ).run(phone, code, nowMs, nowMs + SMS_CODE_TTL_SECONDS * 1000, purpose)
      db.prepare('INSERT INTO sms_outbox (phone, code, sent_at, purpose) VALUES (?, ?, ?, ?)').run(
        phone,
        code,
        nowMs,
        purpose,
      )
      return { kind: 'sent', code }
    })
    .immediate()
}

/**
 * Checks and, when right, consumes the latest code. Call inside the caller's transaction so a later
 * failure (e.g. a bad wechatTicket) rolls the consumption back. The 5th wrong code locks the number.
 */
export function checkSmsCode(
  db: Db,
  phone: string,
  code: string,
  nowMs: number,
  purpose: SmsPurpose = 'login',
): CheckCodeResult {
  const key = guardKey(phone, purpose)
  const guard = guardOf(db, key)
  if (guard.locked_until && guard.locked_until > nowMs) {
    return { kind: 'locked', retryAfterSeconds: secondsUntil(guard.locked_until, nowMs) }
  }
  const latest = latestCode(db, phone, purpose)
  if (!latest || latest.used_at) return { kind: 'not_sent' }
  if (latest.expires_at <= nowMs) return { kind: 'expired' }
  if (latest.code !== code) {
    const wrong = guard.wrong_attempts + 1
    const lockedUntil = wrong >= SMS_MAX_WRONG_ATTEMPTS ? nowMs + PHONE_LOCK_SECONDS * 1000 : null
    db.prepare(
      `INSERT INTO phone_guards (phone, wrong_attempts, locked_until) VALUES (?, ?, ?)
       ON CONFLICT(phone) DO UPDATE SET wrong_attempts = excluded.wrong_attempts, locked_until = excluded.locked_until`,
    ).run(key, lockedUntil ? 0 : wrong, lockedUntil)
    if (lockedUntil) return { kind: 'locked', retryAfterSeconds: PHONE_LOCK_SECONDS }
    return { kind: 'wrong', attemptsLeft: SMS_MAX_WRONG_ATTEMPTS - wrong }
  }
  db.prepare('UPDATE sms_codes SET used_at = ? WHERE id = ?').run(nowMs, latest.id)
  db.prepare('DELETE FROM phone_guards WHERE phone = ?').run(key)
  return { kind: 'ok', sentAt: latest.sent_at }
}

/** One sent message. */
export interface OutboxRow {
  phone: string
  code: string
  sent_at: number
  purpose: SmsPurpose
}

/** Sent messages, newest first, optionally for one number and/or one purpose. */
export function listOutbox(db: Db, filter: { phone?: string; purpose?: SmsPurpose } = {}): OutboxRow[] {
  const conditions = (
    [
      ['phone', filter.phone],
      ['purpose', filter.purpose],
    ] as const
  ).filter(([, value]) => value !== undefined)
  const where = conditions.length
    ? `WHERE ${conditions.map(([column]) => `${column} = ?`).join(' AND ')}`
    : ''
  const sql = `SELECT phone, code, sent_at, purpose FROM sms_outbox ${where} ORDER BY id DESC LIMIT 200`
  return db.prepare(sql).all(...conditions.map(([, value]) => value)) as OutboxRow[]
}
