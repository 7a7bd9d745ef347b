// WeChat login for the mock: wx.login() codes (single use, 5 minutes, as WeChat's own) and tickets,
// the short-lived single-use link between an openid and the SMS login that binds it. Tickets are
// stored as hashes and purged once expired.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { WECHAT_CODE_TTL_SECONDS, WECHAT_TICKET_TTL_SECONDS } from '../../../src/contract/constants'
import { bankError } from '../../errors'
import type { Db } from '../db'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * Codes the mock mints for tests say when they were issued and for which simulated WeChat account,
 * and carry the bank's signature so that nobody else can mint one:
 * wxmock.<issued epoch s>.<account>.<nonce>.<sig>. A new code of the same account is the same openid.
 */
const MINTED_RE = /^(wxmock\.(\d{10})\.([\w-]{1,32})\.[\w-]{8,32})\.([\w-]{22})$/
/** Used codes are remembered this long (a reused code is refused for as long as it is known). */
const REMEMBER_CODES_MS = 30 * 24 * 3600_000

const signature = (secret: string, body: string) =>
  createHmac('sha256', secret).update(body).digest('base64url').slice(0, 22)

/** The issue time and account of a code the bank minted itself; undefined for any other code. */
function mintedCode(code: string, secret: string): { issuedMs: number; account: string } | undefined {
  const match = MINTED_RE.exec(code)
  if (!match) return undefined
  const expected = Buffer.from(signature(secret, match[1]))
  const given = Buffer.from(match[4])
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  return { issuedMs: Number(match[2]) * 1000, account: match[3] }
}

/**
 * Mock code2session: the openid of a minted code's account, else "mock_" + 24 hex of sha256(code)
 * (a code from a real wx.login(), or a forged one, is a new WeChat user to the mock each time).
 */
export function openidForCode(code: string, secret: string): string {
  const minted = mintedCode(code, secret)
  return `mock_${sha256(minted ? `account:${minted.account}` : code).slice(0, 24)}`
}

/** A code as WeChat would issue it at `nowMs` to simulated account `account` (tests; needs the bank's secret). */
export function mintWechatCode(secret: string, nowMs: number, account: string): string {
  const body = `wxmock.${Math.floor(nowMs / 1000)}.${account}.${randomBytes(12).toString('base64url')}`
  return `${body}.${signature(secret, body)}`
}

/**
 * Accepts a wx.login() code once: 422 WECHAT_CODE_INVALID when it was seen before or, for a code
 * whose issue time is known, when it is older than 5 minutes. (The mock cannot ask WeChat when a
 * real code was issued; a real backend's code2session call answers both questions.)
 */
export function useWechatCode(db: Db, code: string, secret: string, nowMs: number): void {
  db.prepare('DELETE FROM wechat_codes WHERE seen_at < ?').run(nowMs - REMEMBER_CODES_MS)
  const minted = mintedCode(code, secret)
  const tooOld = minted && minted.issuedMs < nowMs - WECHAT_CODE_TTL_SECONDS * 1000
  const seen = db.prepare('SELECT 1 FROM wechat_codes WHERE code_hash = ?').get(sha256(code))
  if (tooOld || seen) throw bankError('WECHAT_CODE_INVALID')
  db.prepare('INSERT INTO wechat_codes (code_hash, seen_at) VALUES (?, ?)').run(sha256(code), nowMs)
}

/** Issues a ticket valid for 10 minutes (stored as its hash). */
export function issueWechatTicket(db: Db, openid: string, nowMs: number): string {
  db.prepare('DELETE FROM wechat_tickets WHERE expires_at <= ?').run(nowMs)
  const ticket = `wxt_${randomBytes(24).toString('base64url')}`
  db.prepare('INSERT INTO wechat_tickets (ticket_hash, openid, expires_at) VALUES (?, ?, ?)').run(
    sha256(ticket),
    openid,
    nowMs + WECHAT_TICKET_TTL_SECONDS * 1000,
  )
  return ticket
}

/** Marks a live ticket used and returns its openid; undefined when unknown, expired or used. */
export function consumeWechatTicket(db: Db, ticket: string, nowMs: number): string | undefined {
  const hash = sha256(ticket)
  const row = db
    .prepare('SELECT openid FROM wechat_tickets WHERE ticket_hash = ? AND used_at IS NULL AND expires_at > ?')
    .get(hash, nowMs) as { openid: string } | undefined
  if (!row) return undefined
  db.prepare('UPDATE wechat_tickets SET used_at = ? WHERE ticket_hash = ?').run(nowMs, hash)
  return row.openid
}
