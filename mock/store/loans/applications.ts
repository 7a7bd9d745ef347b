// The loan_applications table: rows, lookups, and starting an application (one open per customer).
import { randomUUID } from 'node:crypto'
import { beijingDate } from '../../../src/utils/beijing-time'
import { LOAN_MAX_AGE, LOAN_MIN_AGE } from '../../../src/contract/constants'
import { ageOn } from '../../../src/utils/id-number'
import { bankError, notFound } from '../../errors'
import type { UserRow } from '../auth/users'
import type { Db } from '../db'
import type { LoanApplicationRow } from './application-row'
import { effectiveStatus, isOpen } from './application-state'
import { findActiveLine } from './credit-lines'
import { formatChineseDate } from '../../../src/utils/date-text'

export { requestOf, type LoanApplicationRow } from './application-row'

/** The application with this id, if any. */
export function findApplication(db: Db, id: string): LoanApplicationRow | undefined {
  return db.prepare('SELECT * FROM loan_applications WHERE id = ?').get(id) as LoanApplicationRow | undefined
}

/** The customer's application; 404 for unknown ids and other customers' applications alike. */
export function findOwnApplication(db: Db, customerId: string, id: string): LoanApplicationRow {
  const row = findApplication(db, id)
  if (!row || row.customer_id !== customerId) throw notFound('贷款申请不存在')
  return row
}

/** The customer's applications, newest first. */
export function listApplications(db: Db, customerId: string): LoanApplicationRow[] {
  return db
    .prepare('SELECT * FROM loan_applications WHERE customer_id = ? ORDER BY created_at DESC, rowid DESC')
    .all(customerId) as LoanApplicationRow[]
}

/** The open application (draft, reviewing, or approved and still signable), if any. */
export function findOpenApplication(
  db: Db,
  customerId: string,
  nowMs: number,
): LoanApplicationRow | undefined {
  return listApplications(db, customerId).find((row) => isOpen(row, nowMs))
}

/** The date from which a recent decline no longer blocks applying, while it still does. */
export function reapplyBlockedUntil(db: Db, customerId: string, nowMs: number): string | null {
  const today = beijingDate(nowMs)
  const blocking = listApplications(db, customerId).find(
    (row) => effectiveStatus(row, nowMs) === 'declined' && row.reapply_from! > today,
  )
  return blocking?.reapply_from ?? null
}

/** Outcome of POST /loan/applications: a new draft, or the one already open. */
export type StartOutcome = { created: boolean; row: LoanApplicationRow }

/**
 * Starts an application, in one immediate transaction so parallel taps make one draft. 422
 * REAL_NAME_REQUIRED, 409 CREDIT_LINE_EXISTS, 409 LOANS_OUTSTANDING, 422 REAPPLY_TOO_SOON; an open application is answered
 * as is.
 */
export function startApplication(db: Db, user: UserRow, nowMs: number): StartOutcome {
  return db
    .transaction((): StartOutcome => {
      if (!user.id_number || !user.real_name) throw bankError('REAL_NAME_REQUIRED')
      assertBorrowerAge(user.id_number, nowMs)
      if (findActiveLine(db, user.id, nowMs)) throw bankError('CREDIT_LINE_EXISTS')
      // A new line would start unused beside loans still owed on the old one: the household would
      // owe more than its assessed limit. Settle first.
      const owed = db
        .prepare('SELECT 1 FROM loans WHERE customer_id = ? AND settled_at IS NULL LIMIT 1')
        .get(user.id)
      if (owed) throw bankError('LOANS_OUTSTANDING')
      const open = findOpenApplication(db, user.id, nowMs)
      if (open) return { created: false, row: open }
      const blockedUntil = reapplyBlockedUntil(db, user.id, nowMs)
      if (blockedUntil)
        throw bankError('REAPPLY_TOO_SOON', {
          message: `您近期的申请未通过，请于${formatChineseDate(blockedUntil)}起再申请`,
          details: { reapplyFrom: blockedUntil },
        })
      const id = `la_${randomUUID()}`
      db.prepare(
        `INSERT INTO loan_applications (id, customer_id, status, created_at) VALUES (?, ?, 'draft', ?)`,
      ).run(id, user.id, nowMs)
      return { created: true, row: findApplication(db, id)! }
    })
    .immediate()
}

/** The customer's draft application for an edit; 404 if not theirs, 409 unless still a draft. */
export function findEditableDraft(db: Db, customerId: string, id: string): LoanApplicationRow {
  const row = findOwnApplication(db, customerId, id)
  if (row.status !== 'draft') throw bankError('APPLICATION_NOT_EDITABLE')
  return row
}

/** 422 LOAN_AGE_NOT_ELIGIBLE unless the ID's holder is 18 to 65 on today's Beijing date. */
export function assertBorrowerAge(idNumber: string, nowMs: number): void {
  const age = ageOn(idNumber, beijingDate(nowMs))
  if (age < LOAN_MIN_AGE || age > LOAN_MAX_AGE) throw bankError('LOAN_AGE_NOT_ELIGIBLE')
}
