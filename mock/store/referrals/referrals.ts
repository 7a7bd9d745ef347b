// The referrals aggregate: creating (assigned at once to the town's manager), lists and transitions.
import { randomUUID } from 'node:crypto'
import {
  REFERRAL_TRANSITIONS,
  type PreferredTime,
  type ReferralStatus,
  type StaffReferralTarget,
} from '../../../src/contract/constants'
import type { CreateReferralRequest } from '../../../src/contract/referrals'
import { bankError, fieldError, notFound } from '../../errors'
import type { Db } from '../db'
import { findProduct, findTownManager } from './products'
import { notifyManager, notifyReferral } from './referral-messages'
import type { ReferralRow } from './referral-row'

export type { ReferralRow } from './referral-row'

const STATUS_NAMES: Record<ReferralStatus, string> = {
  submitted: '已提交',
  assigned: '已分配',
  contacted: '已联系',
  done: '已办结',
  closed: '已关闭',
}

/** The referral with this id, if any. */
export function findReferral(db: Db, id: string): ReferralRow | undefined {
  return db.prepare('SELECT * FROM referrals WHERE id = ?').get(id) as ReferralRow | undefined
}

/** The customer's referrals (or one of them), newest first. */
export function listCustomerReferrals(db: Db, customerId: string): ReferralRow[] {
  return db
    .prepare('SELECT * FROM referrals WHERE customer_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 200')
    .all(customerId) as ReferralRow[]
}

/** Referrals assigned to a manager, optionally in one status, newest first. */
export function listManagerReferrals(db: Db, managerId: string, status?: ReferralStatus): ReferralRow[] {
  const filter = status ? 'AND status = ?' : ''
  return db
    .prepare(
      `SELECT * FROM referrals WHERE manager_id = ? ${filter} ORDER BY created_at DESC, rowid DESC LIMIT 200`,
    )
    .all(...(status ? [managerId, status] : [managerId])) as ReferralRow[]
}

function addEvent(db: Db, referralId: string, status: ReferralStatus, at: number, note?: string): void {
  db.prepare('INSERT INTO referral_events (referral_id, status, at, note) VALUES (?, ?, ?, ?)').run(
    referralId,
    status,
    at,
    note ?? null,
  )
}

/** What a new referral records (the town's manager is looked up). */
export interface NewReferral {
  customerId: string
  productId: string
  town: string
  preferredTime: PreferredTime
  note?: string
  /** The REFERRAL_OPEN message when one is still open for the product (default: the table's). */
  openMessage?: string
}

/**
 * Inserts a referral assigned to the town's manager (history: submitted, then assigned, same time) and
 * tells the customer and the manager. Runs inside the caller's transaction.
 * 400 unknown town, 404 unknown product, 409 REFERRAL_OPEN when one is still open for the product.
 */
export function insertReferral(db: Db, input: NewReferral, nowMs: number): ReferralRow {
  const manager = findTownManager(db, input.town)
  if (!manager) throw fieldError('town', '乡镇取值无效')
  if (!findProduct(db, input.productId)) throw notFound('产品不存在')
  const open = db
    .prepare(
      `SELECT id FROM referrals WHERE customer_id = ? AND product_id = ? AND status IN ('submitted', 'assigned', 'contacted')`,
    )
    .get(input.customerId, input.productId) as { id: string } | undefined
  if (open) {
    throw bankError('REFERRAL_OPEN', { message: input.openMessage, details: { referralId: open.id } })
  }
  const id = `rf_${randomUUID()}`
  db.prepare(
    `INSERT INTO referrals (id, customer_id, product_id, town, preferred_time, note, status, manager_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 'assigned', ?, ?)`,
  ).run(
    id,
    input.customerId,
    input.productId,
    input.town,
    input.preferredTime,
    input.note?.trim() || null,
    manager.userId,
    nowMs,
  )
  addEvent(db, id, 'submitted', nowMs)
  addEvent(db, id, 'assigned', nowMs)
  const row = findReferral(db, id)!
  notifyReferral(db, row, nowMs)
  notifyManager(db, row, nowMs)
  return row
}

/** Creates a customer's referral in its own transaction (see insertReferral for the refusals). */
export function createReferral(
  db: Db,
  customerId: string,
  input: CreateReferralRequest,
  nowMs: number,
): ReferralRow {
  return db.transaction((): ReferralRow => insertReferral(db, { customerId, ...input }, nowMs)).immediate()
}

/** The manager's referral; 404 for unknown ids and other managers' referrals alike. */
export function findManagedReferral(db: Db, managerId: string, id: string): ReferralRow {
  const row = findReferral(db, id)
  if (!row || row.manager_id !== managerId) throw notFound('转介不存在')
  return row
}

/** Records that the manager opened the referral (first time only). */
export function recordOpened(db: Db, id: string, nowMs: number): void {
  db.prepare('UPDATE referrals SET opened_at = ? WHERE id = ? AND opened_at IS NULL').run(nowMs, id)
}

/** Moves a referral along (assigned→contacted|closed, contacted→done|closed); else 422 INVALID_TRANSITION. */
export function transitionReferral(
  db: Db,
  managerId: string,
  id: string,
  to: StaffReferralTarget,
  note: string | undefined,
  nowMs: number,
): ReferralRow {
  return db
    .transaction((): ReferralRow => {
      const row = findManagedReferral(db, managerId, id)
      if (!REFERRAL_TRANSITIONS[row.status].includes(to)) {
        throw bankError('INVALID_TRANSITION', {
          message: `当前状态为「${STATUS_NAMES[row.status]}」，不能改为「${STATUS_NAMES[to]}」`,
        })
      }
      db.prepare('UPDATE referrals SET status = ? WHERE id = ?').run(to, id)
      addEvent(db, id, to, nowMs, note?.trim() || undefined)
      const updated = findReferral(db, id)!
      notifyReferral(db, updated, nowMs)
      return updated
    })
    .immediate()
}
