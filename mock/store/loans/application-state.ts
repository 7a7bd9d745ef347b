// What an application is right now: status, step and decision stages, all derived from the stored
// row and the clock. The decision is stored at submission but revealed LOAN_DECISION_SECONDS later,
// one stage per second, so every read at the same instant answers the same thing.
import {
  LOAN_DECISION_STAGES,
  type LoanApplicationStatus,
  type LoanApplicationStep,
  type LoanDecisionStage,
} from '../../../src/contract/constants'
import type { DecisionStage, LoanConsent } from '../../../src/contract/loans'
import { bankError } from '../../errors'
import type { LoanApplicationRow } from './application-row'
import { hasAllCurrentConsents } from './consents'

const STAGE_TITLES: Record<LoanDecisionStage, string> = {
  identity: '核验身份信息',
  'credit-report': '查询征信报告',
  'anti-fraud': '反欺诈检查',
  limit: '测算授信额度',
}

/** The status the customer sees: a submitted application is 'reviewing' until its decision time. */
export function effectiveStatus(row: LoanApplicationRow, nowMs: number): LoanApplicationStatus {
  if (row.status === 'draft' || row.status === 'signed') return row.status
  return nowMs < row.decided_at! ? 'reviewing' : row.decision!
}

/** Approved, not signed, and past the last moment it could be signed. */
export function isOfferExpired(row: LoanApplicationRow, nowMs: number): boolean {
  return effectiveStatus(row, nowMs) === 'approved' && nowMs > row.offer_expires_at!
}

/** Open = draft, reviewing, or approved and still signable: at most one per customer. */
export function isOpen(row: LoanApplicationRow, nowMs: number): boolean {
  const status = effectiveStatus(row, nowMs)
  if (status === 'approved') return !isOfferExpired(row, nowMs)
  return status === 'draft' || status === 'reviewing'
}

/** Draft steps still to do before submitting, in the order the form asks for them. */
export function missingSteps(
  row: LoanApplicationRow,
  consents: LoanConsent[],
): ('card' | 'consents' | 'face')[] {
  const missing: ('card' | 'consents' | 'face')[] = []
  if (!row.card_masked) missing.push('card')
  if (!hasAllCurrentConsents(consents)) missing.push('consents')
  if (!row.face_verified_at) missing.push('face')
  return missing
}

/** What the customer must do next. */
export function stepOf(row: LoanApplicationRow, consents: LoanConsent[], nowMs: number): LoanApplicationStep {
  const status = effectiveStatus(row, nowMs)
  if (status === 'draft') return missingSteps(row, consents)[0] ?? 'details'
  if (status === 'approved' && isOfferExpired(row, nowMs)) return 'expired'
  return status
}

/** Decision stages: stage i is done one second after the previous; empty before submission. */
export function stagesOf(row: LoanApplicationRow, nowMs: number): DecisionStage[] {
  if (row.submitted_at === null) return []
  const doneCount = Math.max(0, Math.floor((nowMs - row.submitted_at) / 1000))
  return LOAN_DECISION_STAGES.map((id, i) => ({
    id,
    title: STAGE_TITLES[id],
    status: i < doneCount ? 'done' : i === doneCount ? 'running' : 'waiting',
  }))
}

/** 409 NO_CREDIT_LINE: the application has no approval to sign (yet). */
export const notApproved = () => bankError('NO_CREDIT_LINE', { message: '申请尚未审批通过' })
