// The loan_applications row, apart from the functions that read and change it (so the rules that
// derive its state and the table's functions can both use it without importing each other).
import type { LoanDeclineReason } from '../../../src/contract/constants'
import type { LoanApplyRequest } from '../../../src/contract/loans'

/**
 * A loan_applications row. Stored status is draft | submitted | signed: the decision is computed at
 * submission and stored, but what the customer sees (reviewing, approved, declined) depends on the
 * clock, so it is derived on read (loan-application-state.ts).
 */
export interface LoanApplicationRow {
  id: string
  customer_id: string
  status: 'draft' | 'submitted' | 'signed'
  card_masked: string | null
  card_last_four: string | null
  card_bank: string | null
  card_hash: string | null
  face_verified_at: number | null
  draft_fields: string | null
  draft_saved_at: number | null
  request: string | null
  submitted_at: number | null
  decision: 'approved' | 'declined' | null
  decided_at: number | null
  limit_fen: number | null
  apr_bp: number | null
  limit_expires_on: string | null
  offer_expires_at: number | null
  decline_reason: LoanDeclineReason | null
  reapply_from: string | null
  contract_number: string | null
  signed_at: number | null
  created_at: number
}

/** The stored request of a submitted application. */
export const requestOf = (row: LoanApplicationRow): LoanApplyRequest | null =>
  row.request ? (JSON.parse(row.request) as LoanApplyRequest) : null
