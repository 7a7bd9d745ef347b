// Signing the contract of an approval: checks, the SMS code last, then the credit line is opened.
import { bankError } from '../../errors'
import { versionOutdated } from './consents'
import { LOAN_CONTRACT_VERSION } from './contract-template'
import { insertLine } from './credit-lines'
import type { Db } from '../db'
import { findApplication, findOwnApplication, type LoanApplicationRow } from './applications'
import { effectiveStatus, isOfferExpired, notApproved } from './application-state'
import { checkSmsCode, smsCodeError, type SmsRefusal } from '../auth/sms'
import type { UserRow } from '../auth/users'

/** The application if its approval can be signed now; 409 NO_CREDIT_LINE, 422 APPROVAL_EXPIRED. */
export function findSignable(db: Db, customerId: string, id: string, nowMs: number): LoanApplicationRow {
  const row = findOwnApplication(db, customerId, id)
  if (effectiveStatus(row, nowMs) !== 'approved') throw notApproved()
  if (isOfferExpired(row, nowMs)) throw bankError('APPROVAL_EXPIRED')
  return row
}

/**
 * Signs: 409 APPLICATION_NOT_EDITABLE when already signed, 409 NO_CREDIT_LINE before approval, 422
 * APPROVAL_EXPIRED after the offer's last moment, 422 CONSENT_VERSION_OUTDATED for another contract
 * version; the SMS code is checked last so it is only used up when signing succeeds, and a refused
 * code is thrown after the transaction commits so the wrong attempt stays counted.
 */
export function signApplication(
  db: Db,
  user: UserRow,
  id: string,
  input: { contractVersion: string; smsCode: string },
  nowMs: number,
  secret: string,
): LoanApplicationRow {
  const outcome = db
    .transaction((): { kind: 'signed'; row: LoanApplicationRow } | SmsRefusal => {
      const row = findOwnApplication(db, user.id, id)
      const status = effectiveStatus(row, nowMs)
      if (status === 'signed')
        throw bankError('APPLICATION_NOT_EDITABLE', { message: '合同已签署，请勿重复签署' })
      if (status !== 'approved') throw notApproved()
      if (isOfferExpired(row, nowMs)) throw bankError('APPROVAL_EXPIRED')
      if (input.contractVersion !== LOAN_CONTRACT_VERSION) {
        const message = '合同已更新，请阅读最新版本后再签署'
        throw versionOutdated('contractVersion', LOAN_CONTRACT_VERSION, message)
      }
      const check = checkSmsCode(
        db,
        { phone: user.phone, code: input.smsCode, purpose: 'loan-sign', secret },
        nowMs,
      )
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
  if (outcome.kind !== 'signed') throw smsCodeError(outcome, 'smsCode')
  return outcome.row
}
