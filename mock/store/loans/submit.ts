// Submitting an application: checks in the order the customer can fix them, then the decision is
// made at once and stored (revealed LOAN_DECISION_SECONDS later, see loan-application-state.ts).
import { LOAN_DECISION_SECONDS } from '../../../src/contract/constants'
import type { LoanApplyRequest } from '../../../src/contract/loans'
import { bankError } from '../../errors'
import type { Db } from '../db'
import {
  assertBorrowerAge,
  findApplication,
  findEditableDraft,
  type LoanApplicationRow,
} from './applications'
import { missingSteps } from './application-state'
import { listConsents } from './consents'
import { decide, findCreditReport } from './decision'
import { amountTermErrors, throwIfFieldErrors } from './field-checks'
import { nextLoanNumber } from './sequences'
import { findPreApproval } from '../auth/me-view'
import type { UserRow } from '../auth/users'

/** Largest annual income accepted: 100,000,000 yuan, in fen. */
const MAX_INCOME_FEN = 10_000_000_000

const STEP_NAMES = { card: '绑定收款银行卡', consents: '阅读并同意授权书', face: '人脸识别' }

/** Field rules the schema cannot express; every failing field is reported at once. */
export function checkApplyRequest(request: LoanApplyRequest, preApprovedLimitFen?: number): void {
  const fields = amountTermErrors(request.amountFen, request.termMonths, preApprovedLimitFen)
  const income = request.annualIncomeFen
  if (income < 0 || income > MAX_INCOME_FEN)
    fields.push({ field: 'annualIncomeFen', message: '年收入须在0至1亿元之间' })
  else if (income % 100 !== 0) fields.push({ field: 'annualIncomeFen', message: '年收入请填写整数元' })
  throwIfFieldErrors(fields)
}

/**
 * Submits the draft: 409 unless a draft, 422 APPLICATION_INCOMPLETE (details.missing), 400 on the
 * fields; then decides and stores the decision (an approval takes its contract number now).
 */
export function submitApplication(
  db: Db,
  user: UserRow,
  id: string,
  request: LoanApplyRequest,
  nowMs: number,
): LoanApplicationRow {
  return db
    .transaction((): LoanApplicationRow => {
      const row = findEditableDraft(db, user.id, id)
      const missing = missingSteps(row, listConsents(db, id))
      if (missing.length)
        throw bankError('APPLICATION_INCOMPLETE', {
          message: `请先完成：${missing.map((m) => STEP_NAMES[m]).join('、')}`,
          details: { missing },
        })
      assertBorrowerAge(user.id_number!, nowMs)
      const whitelist = findPreApproval(db, user.id_number, user.real_name, nowMs)
      checkApplyRequest(request, whitelist?.limitFen)
      const decidedAtMs = nowMs + LOAN_DECISION_SECONDS * 1000
      const creditReport = findCreditReport(db, user.id_number!)
      const decision = decide({ whitelist, creditReport, request, decidedAtMs })
      const approved = decision.kind === 'approved' ? decision : null
      const declined = decision.kind === 'declined' ? decision : null
      db.prepare(
        `UPDATE loan_applications SET status = 'submitted', request = ?, submitted_at = ?, decision = ?, decided_at = ?,
           limit_fen = ?, apr_bp = ?, limit_expires_on = ?, offer_expires_at = ?, decline_reason = ?, reapply_from = ?,
           contract_number = ?
         WHERE id = ?`,
      ).run(
        JSON.stringify(request),
        nowMs,
        decision.kind,
        decidedAtMs,
        approved?.limitFen ?? null,
        approved?.aprBp ?? null,
        approved?.limitExpiresOn ?? null,
        approved?.offerExpiresAtMs ?? null,
        declined?.reasonCode ?? null,
        declined?.reapplyFrom ?? null,
        approved ? nextLoanNumber(db, 'YGED', decidedAtMs) : null,
        id,
      )
      return findApplication(db, id)!
    })
    .immediate()
}
