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
} from '../../../src/contract/constants'
import type { SmsCodeResult } from '../../../src/contract/auth'
import { bankError, type BusinessError } from '../../errors'
import type { Db } from '../db'

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

/** What a sent code's answer says: when to ask again and how long it lasts. */
export const SMS_CODE_SENT: SmsCodeResult = {
  resendAfterSeconds: SMS_RESEND_SECONDS,
  expiresInSeconds: SMS_CODE_TTL_SECONDS,
}

/** Outcome of checking a code (a wrong code is already counted when this returns). */
export type CheckCodeResult = { kind: 'ok'; sentAt: number } | SmsRefusal

/** Why a code was refused. Returned, not thrown, so the caller's transaction keeps the count. */
export type SmsRefusal =
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

/** 429 PHONE_LOCKED with the minutes left in the message. */
const phoneLocked = (retryAfterSeconds: number) =>
  bankError('PHONE_LOCKED', {
    message: `验证码错误次数过多，请${Math.ceil(retryAfterSeconds / 60)}分钟后再试`,
    details: { retryAfterSeconds },
  })

/**
 * Issues a new 6-digit code and returns it (to be texted); 429 PHONE_LOCKED while locked, 429
 * SMS_TOO_FREQUENT within 60 s of the last one. Atomic.
 */
export function sendSmsCode(db: Db, phone: string, nowMs: number, purpose: SmsPurpose = 'login'): string {
  return db
    .transaction((): string => {
      const guard = guardOf(db, guardKey(phone, purpose))
      if (guard.locked_until && guard.locked_until > nowMs) {
        throw phoneLocked(secondsUntil(guard.locked_until, nowMs))
      }
      const last = latestCode(db, phone, purpose)
      const resendAt = last ? last.sent_at + SMS_RESEND_SECONDS * 1000 : 0
      if (resendAt > nowMs) {
        const retryAfterSeconds = secondsUntil(resendAt, nowMs)
        throw bankError('SMS_TOO_FREQUENT', {
          message: `验证码发送过于频繁，请${retryAfterSeconds}秒后再试`,
          details: { retryAfterSeconds },
        })
      }
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
      return code
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

/**
 * The error for a refused code. With `field`, details.fields points at the input too, so a form
 * (contract signing, drawdown) can show the message under its code box.
 */
export function smsCodeError(refusal: SmsRefusal, field?: string): BusinessError {
  const error = refusalError(refusal)
  if (!field) return error
  return bankError(error.code, {
    message: error.message,
    details: { ...error.details, fields: [{ field, message: error.message }] },
  })
}

function refusalError(refusal: SmsRefusal): BusinessError {
  switch (refusal.kind) {
    case 'locked':
      return phoneLocked(refusal.retryAfterSeconds)
    case 'not_sent':
      return bankError('SMS_CODE_NOT_SENT')
    case 'expired':
      return bankError('SMS_CODE_EXPIRED')
    case 'wrong':
      return bankError('SMS_CODE_WRONG', {
        message: `验证码不正确，还可尝试${refusal.attemptsLeft}次`,
        details: { attemptsLeft: refusal.attemptsLeft },
      })
  }
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
