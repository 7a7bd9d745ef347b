// Product rules of the Sunshine e-loan (阳光e贷) for what a customer may ask for: amount and term.
// The limits are the contract's constants; the refusals are worded by rule-text.
import {
  LOAN_MAX_FEN,
  LOAN_MIN_FEN,
  LOAN_STEP_FEN,
  LOAN_TERM_MAX_MONTHS,
  LOAN_TERM_MIN_MONTHS,
} from '../contract/constants'
import { yuanText } from './rule-text'

/** Result of checking a loan field, with a Chinese reason when it is refused. */
export type LoanCheck = { valid: true } | { valid: false; reason: string }

const RANGE_REASON = `借款金额须在${yuanText(LOAN_MIN_FEN)}至${yuanText(LOAN_MAX_FEN)}之间`

/** Checks a drawdown in fen: 1,000–200,000 yuan, whole 100 yuan, and not above the available limit. */
export function checkLoanAmount(fen: number, limitFen?: number): LoanCheck {
  if (limitFen !== undefined && !Number.isSafeInteger(limitFen))
    throw new Error(`checkLoanAmount needs an integer limit in fen, got ${limitFen}`)
  if (!Number.isSafeInteger(fen)) return { valid: false, reason: '借款金额格式不正确' }
  if (fen < LOAN_MIN_FEN) return { valid: false, reason: RANGE_REASON }
  // The customer's own limit is the more useful answer whenever it is what the amount exceeds.
  if (limitFen !== undefined && fen > limitFen && limitFen < LOAN_MAX_FEN)
    return { valid: false, reason: `借款金额不能超过可用额度${yuanText(limitFen)}` }
  if (fen > LOAN_MAX_FEN) return { valid: false, reason: RANGE_REASON }
  if (fen % LOAN_STEP_FEN !== 0)
    return { valid: false, reason: `借款金额须为${yuanText(LOAN_STEP_FEN)}的整数倍` }
  return { valid: true }
}

/** Checks a term: a whole number of months from 3 to 36. */
export function checkTermMonths(months: number): LoanCheck {
  return Number.isInteger(months) && months >= LOAN_TERM_MIN_MONTHS && months <= LOAN_TERM_MAX_MONTHS
    ? { valid: true }
    : { valid: false, reason: `借款期限须为${LOAN_TERM_MIN_MONTHS}至${LOAN_TERM_MAX_MONTHS}个月` }
}
