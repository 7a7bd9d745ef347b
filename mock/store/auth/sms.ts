// The SMS-code aggregate: sending (per-number limits for every purpose; per-caller, per-network and
// global limits for login codes, the ones anyone may ask for) and checking (5 minutes, single use,
// spent by its fifth wrong guess). Codes are stored only as keyed hashes. Each purpose (login,
// signing, drawdown, real name) is its own channel and its own daily count: a login code never signs
// a contract, and a stranger who uses up a number's login codes cannot stop its owner signing.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import type { SmsCodeResult } from '../../../src/contract/auth'
import {
  SMS_CODE_TTL_SECONDS,
  SMS_CODES_PER_CALLER_PER_DAY,
  SMS_CODES_PER_CALLER_PER_MINUTE,
  SMS_CODES_PER_MINUTE,
  SMS_CODES_PER_NETWORK_PER_MINUTE,
  SMS_CODES_PER_PHONE_PER_DAY,
  SMS_MAX_WRONG_ATTEMPTS,
  SMS_RESEND_SECONDS,
  type SmsPurpose,
} from '../../../src/contract/constants'
import { beijingDate, beijingInstant } from '../../../src/utils/beijing-time'
import { addDays } from '../../../src/utils/calendar-date'
import { bankError, type BusinessError } from '../../errors'
import type { Db } from '../db'

interface CodeRow {
  id: number
  code_hash: string
  sent_at: number
  expires_at: number
  used_at: number | null
  spent: number
  wrong_attempts: number
}

/** What a sent code's answer says: when to ask again and how long it lasts. */
export const SMS_CODE_SENT: SmsCodeResult = {
  resendAfterSeconds: SMS_RESEND_SECONDS,
  expiresInSeconds: SMS_CODE_TTL_SECONDS,
}

/** Outcome of checking a code (a wrong guess is already counted when this returns). */
export type CheckCodeResult = { kind: 'ok'; sentAt: number } | SmsRefusal

/** Why a code was refused. Returned, not thrown, so the caller's transaction keeps the count. */
export type SmsRefusal = { kind: 'not_sent' | 'expired' | 'spent' } | { kind: 'wrong'; attemptsLeft: number }

/** Who asks for a code and with which key its hash is made. */
export interface SendContext {
  /** The client address as the gateway reports it, as limit keys (http/caller-address). */
  caller: string
  network: string
  nowMs: number
  /** Server secret keying the stored hash. */
  secret: string
  /** Keep the code readable in the dev outbox (development mode only). */
  outbox: boolean
  /** What the code confirms when a purpose has several things to confirm (a card's keyed hash). */
  subject?: string
}

const MINUTE_MS = 60_000
/** Sent codes are kept this long: a day's counts need them, nothing else does. */
const KEEP_MS = 25 * 3600_000
/** Outbox texts are kept this long (a code lives 5 minutes). */
const OUTBOX_KEEP_MS = 15 * MINUTE_MS

/** The stored hash; a subject (the card a code was sent for) is part of it, so it confirms nothing else. */
const hashCode = (secret: string, phone: string, purpose: SmsPurpose, code: string, subject = '') =>
  createHmac('sha256', secret)
    .update(`${purpose}:${phone}:${code}${subject ? `:${subject}` : ''}`)
    .digest('hex')

const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'))

const secondsUntil = (ms: number, nowMs: number) => Math.max(1, Math.ceil((ms - nowMs) / 1000))
/** Epoch ms of the next Beijing midnight (when a day's counts start again). */
const nextBeijingMidnight = (nowMs: number) => beijingInstant(addDays(beijingDate(nowMs), 1), 0)
const startOfBeijingDay = (nowMs: number) => beijingInstant(beijingDate(nowMs), 0)

/** "请30秒后再试", "请3分钟后再试", "请明天再试". */
function waitWords(seconds: number, untilMidnight = false): string {
  if (untilMidnight) return '请明天再试'
  return seconds < 60 ? `请${seconds}秒后再试` : `请${Math.ceil(seconds / 60)}分钟后再试`
}

function latestCode(db: Db, phone: string, purpose: SmsPurpose): CodeRow | undefined {
  return db
    .prepare('SELECT * FROM sms_codes WHERE phone = ? AND purpose = ? ORDER BY id DESC LIMIT 1')
    .get(phone, purpose) as CodeRow | undefined
}

const count = (db: Db, sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n

/** The 429 for the first limit this request meets, or undefined when it may be sent. */
function limitReached(
  db: Db,
  phone: string,
  purpose: SmsPurpose,
  { caller, network, nowMs }: SendContext,
): BusinessError | undefined {
  const last = latestCode(db, phone, purpose)
  const resendAt = last ? last.sent_at + SMS_RESEND_SECONDS * 1000 : 0
  if (resendAt > nowMs) {
    const retryAfterSeconds = secondsUntil(resendAt, nowMs)
    return bankError('SMS_TOO_FREQUENT', {
      message: `验证码发送过于频繁，${waitWords(retryAfterSeconds)}`,
      details: { retryAfterSeconds },
    })
  }
  const today = startOfBeijingDay(nowMs)
  const untilMidnight = secondsUntil(nextBeijingMidnight(nowMs), nowMs)
  const sentToday = count(
    db,
    'SELECT COUNT(*) AS n FROM sms_codes WHERE phone = ? AND purpose = ? AND sent_at >= ?',
    phone,
    purpose,
    today,
  )
  if (sentToday >= SMS_CODES_PER_PHONE_PER_DAY[purpose]) {
    return bankError('SMS_DAILY_LIMIT', { details: { retryAfterSeconds: untilMidnight } })
  }
  // The limits below look at who asks: only login codes may be asked for by anyone.
  if (purpose !== 'login') return undefined
  const minuteAgo = nowMs - MINUTE_MS
  const callerRecent = db
    .prepare(
      "SELECT sent_at FROM sms_codes WHERE caller = ? AND purpose = 'login' AND sent_at > ? ORDER BY sent_at",
    )
    .all(caller, minuteAgo) as { sent_at: number }[]
  if (callerRecent.length >= SMS_CODES_PER_CALLER_PER_MINUTE) {
    const retryAfterSeconds = secondsUntil(callerRecent[0].sent_at + MINUTE_MS, nowMs)
    return bankError('SMS_CALLER_LIMIT', {
      message: `获取验证码过于频繁，${waitWords(retryAfterSeconds)}`,
      details: { retryAfterSeconds },
    })
  }
  const callerToday = count(
    db,
    "SELECT COUNT(*) AS n FROM sms_codes WHERE caller = ? AND purpose = 'login' AND sent_at >= ?",
    caller,
    today,
  )
  if (callerToday >= SMS_CODES_PER_CALLER_PER_DAY) {
    return bankError('SMS_CALLER_LIMIT', {
      message: `获取验证码次数过多，${waitWords(untilMidnight, true)}`,
      details: { retryAfterSeconds: untilMidnight },
    })
  }
  const networkRecent = db
    .prepare(
      "SELECT sent_at FROM sms_codes WHERE network = ? AND purpose = 'login' AND sent_at > ? ORDER BY sent_at",
    )
    .all(network, minuteAgo) as { sent_at: number }[]
  if (networkRecent.length >= SMS_CODES_PER_NETWORK_PER_MINUTE) {
    const retryAfterSeconds = secondsUntil(networkRecent[0].sent_at + MINUTE_MS, nowMs)
    return bankError('SMS_CALLER_LIMIT', {
      message: `获取验证码过于频繁，${waitWords(retryAfterSeconds)}`,
      details: { retryAfterSeconds },
    })
  }
  const bankWide = count(
    db,
    "SELECT COUNT(*) AS n FROM sms_codes WHERE purpose = 'login' AND sent_at > ?",
    minuteAgo,
  )
  if (bankWide >= SMS_CODES_PER_MINUTE) {
    return bankError('SMS_SERVICE_BUSY', {
      message: '短信服务繁忙，请1分钟后再试',
      details: { retryAfterSeconds: 60 },
    })
  }
  return undefined
}

/**
 * Issues a new 6-digit code for `purpose` and returns it (to be texted). Refused with 429 when the
 * number was texted within 60 s (SMS_TOO_FREQUENT) or has had its codes of this purpose for today
 * (SMS_DAILY_LIMIT); for login codes also when the caller or its network asks too often
 * (SMS_CALLER_LIMIT) or strangers flood the bank (SMS_SERVICE_BUSY). Only
 * a keyed hash is stored; rows older than a day and outbox texts older than 15 minutes are purged.
 */
export function sendSmsCode(db: Db, phone: string, purpose: SmsPurpose, ctx: SendContext): string {
  return db
    .transaction((): string => {
      db.prepare('DELETE FROM sms_codes WHERE sent_at < ?').run(ctx.nowMs - KEEP_MS)
      db.prepare('DELETE FROM sms_outbox WHERE sent_at < ?').run(ctx.nowMs - OUTBOX_KEEP_MS)
      const refusal = limitReached(db, phone, purpose, ctx)
      if (refusal) throw refusal
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
      db.prepare(
        `INSERT INTO sms_codes (phone, purpose, code_hash, caller, network, sent_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        phone,
        purpose,
        hashCode(ctx.secret, phone, purpose, code, ctx.subject),
        ctx.caller,
        ctx.network,
        ctx.nowMs,
        ctx.nowMs + SMS_CODE_TTL_SECONDS * 1000,
      )
      if (ctx.outbox) {
        db.prepare('INSERT INTO sms_outbox (phone, code, sent_at, purpose) VALUES (?, ?, ?, ?)').run(
          phone,
          code,
          ctx.nowMs,
          purpose,
        )
      }
      return code
    })
    .immediate()
}

/**
 * Checks and, when right, consumes the latest code of `purpose`. Call inside the caller's
 * transaction so a later failure (e.g. a bad wechatTicket) rolls the consumption back; a wrong guess
 * is counted on the code, and the fifth spends it: the owner asks for a new one. The number itself is
 * never locked, so guessing costs a stranger five tries per code the owner asked for, not the owner's
 * access for a quarter of an hour.
 */
export function checkSmsCode(
  db: Db,
  check: { phone: string; code: string; purpose: SmsPurpose; secret: string; subject?: string },
  nowMs: number,
): CheckCodeResult {
  const latest = latestCode(db, check.phone, check.purpose)
  if (!latest) return { kind: 'not_sent' }
  if (latest.spent) return { kind: 'spent' }
  if (latest.used_at) return { kind: 'not_sent' }
  if (latest.expires_at <= nowMs) return { kind: 'expired' }
  const hash = hashCode(check.secret, check.phone, check.purpose, check.code, check.subject)
  if (!sameHash(latest.code_hash, hash)) {
    const wrong = latest.wrong_attempts + 1
    const spent = wrong >= SMS_MAX_WRONG_ATTEMPTS
    db.prepare('UPDATE sms_codes SET wrong_attempts = ?, spent = ?, used_at = ? WHERE id = ?').run(
      wrong,
      spent ? 1 : 0,
      spent ? nowMs : null,
      latest.id,
    )
    return spent ? { kind: 'spent' } : { kind: 'wrong', attemptsLeft: SMS_MAX_WRONG_ATTEMPTS - wrong }
  }
  db.prepare('UPDATE sms_codes SET used_at = ? WHERE id = ?').run(nowMs, latest.id)
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
    case 'not_sent':
      return bankError('SMS_CODE_NOT_SENT')
    case 'expired':
      return bankError('SMS_CODE_EXPIRED')
    case 'spent':
      return bankError('SMS_CODE_SPENT')
    case 'wrong':
      return bankError('SMS_CODE_WRONG', {
        message: `验证码不正确，还可尝试${refusal.attemptsLeft}次`,
        details: { attemptsLeft: refusal.attemptsLeft },
      })
  }
}

/** One sent message (development mode keeps the last 15 minutes of them). */
export interface OutboxRow {
  phone: string
  code: string
  sent_at: number
  purpose: SmsPurpose
}

/** The texts sent to one number, newest first, optionally of one purpose. */
export function listOutbox(db: Db, filter: { phone: string; purpose?: SmsPurpose }): OutboxRow[] {
  return db
    .prepare(
      `SELECT phone, code, sent_at, purpose FROM sms_outbox
       WHERE phone = ? AND (? IS NULL OR purpose = ?) ORDER BY id DESC LIMIT 50`,
    )
    .all(filter.phone, filter.purpose ?? null, filter.purpose ?? null) as OutboxRow[]
}
