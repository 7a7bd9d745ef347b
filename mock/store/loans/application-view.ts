// Builds the LoanApplication the customer sees: what is revealed depends on the clock (a decision
// shows only once its stages have run).
import type { LoanApplication, LoanDraft } from '../../../src/contract/loans'
import type { Db } from '../db'
import { requestOf, type LoanApplicationRow } from './applications'
import { effectiveStatus, stagesOf, stepOf } from './application-state'
import { cardView } from './card'
import { listConsents } from './consents'
import { DECLINE_REASONS } from './decision'
import { findPreApproval } from '../auth/me-view'
import type { UserRow } from '../auth/users'

/** The product to ask a manager about after a decline. */
const REFERRAL_PRODUCT_ID = 'pd_sunshine_loan'

const INTEREST_NOTE =
  '按月计息，月利率=年化利率÷12，以未还本金计算；提前还款按实际天数计息，日利率=年化利率÷360（单利）'

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

function draftOf(row: LoanApplicationRow): LoanDraft | null {
  if (row.draft_fields === null || row.draft_saved_at === null) return null
  return { fields: JSON.parse(row.draft_fields) as Record<string, string>, savedAt: iso(row.draft_saved_at)! }
}

/** The customer's view of their application at `nowMs`. */
export function toApplicationView(
  db: Db,
  row: LoanApplicationRow,
  user: UserRow,
  nowMs: number,
): LoanApplication {
  const consents = listConsents(db, row.id)
  const status = effectiveStatus(row, nowMs)
  const revealed = status === 'approved' || status === 'declined' || status === 'signed'
  const approved = revealed && row.decision === 'approved'
  const declined = revealed && row.decision === 'declined'
  const preApproval = findPreApproval(db, user.id_number, user.real_name, nowMs)
  return {
    id: row.id,
    status,
    step: stepOf(row, consents, nowMs),
    preApproved: preApproval !== null,
    preApproval,
    card: cardView(row),
    faceVerifiedAt: iso(row.face_verified_at),
    consents,
    draft: draftOf(row),
    request: requestOf(row),
    submittedAt: iso(row.submitted_at),
    stages: stagesOf(row, nowMs),
    decidedAt: revealed ? iso(row.decided_at) : null,
    approval: approved
      ? {
          limitFen: row.limit_fen!,
          aprBp: row.apr_bp!,
          offerExpiresAt: iso(row.offer_expires_at)!,
          limitExpiresOn: row.limit_expires_on!,
          interestNote: INTEREST_NOTE,
        }
      : null,
    decline: declined
      ? {
          reasonCode: row.decline_reason!,
          reason: DECLINE_REASONS[row.decline_reason!],
          reapplyFrom: row.reapply_from!,
          referralProductId: REFERRAL_PRODUCT_ID,
        }
      : null,
    signedAt: iso(row.signed_at),
    contractNumber: approved ? row.contract_number : null,
    createdAt: iso(row.created_at)!,
  }
}
