// The credit decision of the Sunshine e-loan: deterministic, so a demo or a test can steer it.
//
// Input: the whitelist row of the customer's household (ID number AND name match, validUntil on or
// after the decision date), the credit report of the ID number (none: no debt, nothing overdue), and
// the application. Rules, in order:
// 1. The credit report shows an overdue record → decline CREDIT_OVERDUE.
// 2. Whitelisted household → approve the village assessment's limit (at most 200,000 yuan) at its
//    lowest APR; the limit lasts until validUntil or one year less a day, whichever is earlier.
// 3. Otherwise: annual income below 30,000 yuan → decline INCOME_TOO_LOW. Capacity = half the income
//    less outstanding debt, rounded down to 1,000 yuan, at most 200,000 yuan; below 10,000 yuan →
//    decline DEBT_TOO_HIGH; else approve the capacity at the APR of the borrower type, for one year
//    less a day. (The limit may be below the amount asked: the customer draws within it.)
// An approval may be signed for LOAN_OFFER_VALID_DAYS days; a decline blocks applying again for
// LOAN_REAPPLY_DAYS days. Dates are Beijing dates of the decision time.
import {
  LOAN_OFFER_VALID_DAYS,
  LOAN_REAPPLY_DAYS,
  type BorrowerType,
  type LoanDeclineReason,
  LOAN_MAX_FEN,
} from '../../../src/contract/constants'
import type { LoanApplyRequest } from '../../../src/contract/loans'
import type { PreApproval } from '../../../src/contract/me'
import { beijingDate } from '../../../src/utils/beijing-time'
import { addDays, addMonthsClamped } from '../../../src/utils/calendar-date'
import type { Db } from '../db'

/** A credit-bureau report. */
export interface CreditReport {
  outstandingDebtFen: number
  overdue: boolean
}

/** Everything the decision looks at. */
export interface DecisionInput {
  whitelist: PreApproval | null
  creditReport: CreditReport
  request: LoanApplyRequest
  decidedAtMs: number
}

/** The decision. */
export type Decision =
  | {
      kind: 'approved'
      limitFen: number
      aprBp: number
      limitExpiresOn: string
      offerExpiresAtMs: number
    }
  | { kind: 'declined'; reasonCode: LoanDeclineReason; reapplyFrom: string }

/** Plain Chinese reasons shown with a decline. */
export const DECLINE_REASONS: Record<LoanDeclineReason, string> = {
  CREDIT_OVERDUE: '征信报告显示您有未结清的逾期记录',
  INCOME_TOO_LOW: '年收入低于3万元，暂不符合线上信用贷款条件',
  DEBT_TOO_HIGH: '现有负债相对收入较高',
}

/** APR of a non-whitelisted approval by borrower type, in bp. */
const APR_BY_TYPE: Record<BorrowerType, number> = {
  'large-grower': 520,
  'agri-micro-enterprise': 540,
  'individual-business': 560,
  'farming-household': 600,
}

const MIN_INCOME_FEN = 3_000_000
const CAPACITY_STEP_FEN = 100_000
const MIN_CAPACITY_FEN = 1_000_000
const DAY_MS = 86_400_000

/** The credit report of an ID number (no report: no debt, nothing overdue). */
export function findCreditReport(db: Db, idNumber: string): CreditReport {
  const row = db
    .prepare('SELECT outstanding_debt_fen, overdue FROM credit_reports WHERE id_number = ?')
    .get(idNumber) as { outstanding_debt_fen: number; overdue: number } | undefined
  return { outstandingDebtFen: row?.outstanding_debt_fen ?? 0, overdue: row?.overdue === 1 }
}

/** Decides; pure. */
export function decide({ whitelist, creditReport, request, decidedAtMs }: DecisionInput): Decision {
  const decidedOn = beijingDate(decidedAtMs)
  const decline = (reasonCode: LoanDeclineReason): Decision => ({
    kind: 'declined',
    reasonCode,
    reapplyFrom: addDays(decidedOn, LOAN_REAPPLY_DAYS),
  })
  const approve = (limitFen: number, aprBp: number, limitExpiresOn: string): Decision => ({
    kind: 'approved',
    limitFen,
    aprBp,
    limitExpiresOn,
    offerExpiresAtMs: decidedAtMs + LOAN_OFFER_VALID_DAYS * DAY_MS,
  })
  const oneYear = addDays(addMonthsClamped(decidedOn, 12), -1)

  if (creditReport.overdue) return decline('CREDIT_OVERDUE')
  if (whitelist && whitelist.validUntil >= decidedOn) {
    const expiresOn = whitelist.validUntil < oneYear ? whitelist.validUntil : oneYear
    return approve(Math.min(whitelist.limitFen, LOAN_MAX_FEN), whitelist.aprMinBp, expiresOn)
  }
  if (request.annualIncomeFen < MIN_INCOME_FEN) return decline('INCOME_TOO_LOW')
  const room = Math.floor(request.annualIncomeFen / 2) - creditReport.outstandingDebtFen
  const capacity = Math.min(Math.floor(room / CAPACITY_STEP_FEN) * CAPACITY_STEP_FEN, LOAN_MAX_FEN)
  if (capacity < MIN_CAPACITY_FEN) return decline('DEBT_TOO_HIGH')
  return approve(capacity, APR_BY_TYPE[request.borrowerType], oneYear)
}
