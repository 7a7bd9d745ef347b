// Signing the contract of an approval: checks, the SMS code last, then the credit line is opened.
import { loanErrors } from '../http/loan-errors'
import { LOAN_CONTRACT_VERSION } from '../seed/loan-contract'
import { insertLine } from './credit-lines'
import type { Db } from './db'
import { findApplication, findOwnApplication, type LoanApplicationRow } from './loan-applications'
import { effectiveStatus, isOfferExpired } from './loan-application-state'
import { checkSmsCode, type CheckCodeResult } from './sms'
import type { UserRow } from './users'

/** The application if its approval can be signed now; 409 NO_CREDIT_LINE, 422 APPROVAL_EXPIRED. */
export function findSignable(db: Db, customerId: string, id: string, nowMs: number): LoanApplicationRow {
  const row = findOwnApplication(db, customerId, id)
  if (effectiveStatus(row, nowMs) !== 'approved') throw loanErrors.notApproved()
  if (isOfferExpired(row, nowMs)) throw loanErrors.offerExpired()
  return row
}

/** Signed (the line is open), or why the SMS code was refused (a wrong code stays counted). */
export type SignOutcome =
  { kind: 'signed'; row: LoanApplicationRow } | Exclude<CheckCodeResult, { kind: 'ok' }>

/**
 * Signs: 409 APPLICATION_NOT_EDITABLE when already signed, 409 NO_CREDIT_LINE before approval, 422
 * APPROVAL_EXPIRED after the offer's last moment, 422 CONSENT_VERSION_OUTDATED for another contract
 * version; the SMS code is checked last so it is only used up when signing succeeds.
 */
export function signApplication(
  db: Db,
  user: UserRow,
  id: string,
  input: { contractVersion: string; smsCode: string },
  nowMs: number,
): SignOutcome {
  return db
    .transaction((): SignOutcome => {
      const row = findOwnApplication(db, user.id, id)
      const status = effectiveStatus(row, nowMs)
      if (status === 'signed') throw loanErrors.notEditable('合同已签署，请勿重复签署')
      if (status !== 'approved') throw loanErrors.notApproved()
      if (isOfferExpired(row, nowMs)) throw loanErrors.offerExpired()
      if (input.contractVersion !== LOAN_CONTRACT_VERSION) {
        const message = '合同已更新，请阅读最新版本后再签署'
        throw loanErrors.versionOutdated('contractVersion', LOAN_CONTRACT_VERSION, message)
      }
      const check = checkSmsCode(db, user.phone, input.smsCode, nowMs, 'loan-sign')
      if (check.kind !== 'ok') return check
      db.prepare(`UPDATE loan_applications SET status = 'signed', signed_at = ? WHERE id = ?`).run(nowMs, id)
      insertLine(db, {
        customer_id: user.id,
        application_id: id,
        limit_fen: row.limit_fen!,
        apr_bp: row.apr_bp!,
        expires_on: row.limit_expires_on!,
        card_masked: row.card_masked!,
        card_last_four: row.card_last_four!,
        card_bank: row.card_bank!,
        contract_number: row.contract_number!,
        created_at: nowMs,
      })
      return { kind: 'signed', row: findApplication(db, id)! }
    })
    .immediate()
}
