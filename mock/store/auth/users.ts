// The users aggregate: lookups, registration, privacy consent, WeChat and real-name binding.
import { randomUUID } from 'node:crypto'
import type { Role } from '../../../src/contract/constants'
import type { Db } from '../db'

/** A users row as stored (full personal data: never send this to a client). */
export interface UserRow {
  id: string
  role: Role
  phone: string
  real_name: string | null
  id_number: string | null
  real_name_verified_at: number | null
  wechat_openid: string | null
  display_name: string | null
  privacy_version: string | null
  privacy_accepted_at: number | null
  created_at: number
}

/** The user with this id, if any. */
export function findUserById(db: Db, id: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined
}

/** The user with this phone number, if any. */
export function findUserByPhone(db: Db, phone: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE phone = ?').get(phone) as UserRow | undefined
}

/** The user bound to this WeChat openid, if any. */
export function findUserByOpenid(db: Db, openid: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE wechat_openid = ?').get(openid) as UserRow | undefined
}

/** The user with this phone, registering a new customer when unknown. */
export function findOrCreateCustomer(db: Db, phone: string, nowMs: number): UserRow {
  const found = findUserByPhone(db, phone)
  if (found) return found
  db.prepare(`INSERT INTO users (id, role, phone, created_at) VALUES (?, 'customer', ?, ?)`).run(
    `u_${randomUUID()}`,
    phone,
    nowMs,
  )
  return findUserByPhone(db, phone)!
}

/** Records which privacy policy version the user accepted, and when. */
export function recordPrivacyAcceptance(db: Db, userId: string, version: string, nowMs: number): void {
  db.prepare('UPDATE users SET privacy_version = ?, privacy_accepted_at = ? WHERE id = ?').run(
    version,
    nowMs,
    userId,
  )
}

/** Binds a WeChat openid to a user; false when either side is already bound elsewhere. */
export function bindWechat(db: Db, userId: string, openid: string): boolean {
  const user = findUserById(db, userId)
  if (!user) return false
  if (user.wechat_openid === openid) return true
  if (user.wechat_openid) return false
  const other = findUserByOpenid(db, openid)
  if (other) return false
  db.prepare('UPDATE users SET wechat_openid = ? WHERE id = ?').run(openid, userId)
  return true
}

/** Outcome of binding a real name and ID number. */
export type BindRealNameResult = 'BOUND' | 'ALREADY_BOUND' | 'ID_IN_USE'

/** Binds name and ID number atomically; an ID bound to another account is refused. */
export function bindRealName(
  db: Db,
  userId: string,
  name: string,
  idNumber: string,
  nowMs: number,
): BindRealNameResult {
  return db
    .transaction((): BindRealNameResult => {
      const user = findUserById(db, userId)
      if (!user || user.id_number) return 'ALREADY_BOUND'
      const holder = db.prepare('SELECT id FROM users WHERE id_number = ?').get(idNumber)
      if (holder) return 'ID_IN_USE'
      db.prepare('UPDATE users SET real_name = ?, id_number = ?, real_name_verified_at = ? WHERE id = ?').run(
        name,
        idNumber,
        nowMs,
        userId,
      )
      return 'BOUND'
    })
    .immediate()
}
