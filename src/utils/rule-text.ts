// The sentences that state product rules, built from the contract's constants so that a hint in the
// app, a refusal from the bank and the contract text say the same thing and change together.
import {
  LOAN_MAX_FEN,
  LOAN_MIN_FEN,
  LOAN_STEP_FEN,
  LOAN_TERM_MAX_MONTHS,
  LOAN_TERM_MIN_MONTHS,
  PENALTY_RATE_MARKUP_PERCENT,
} from '../contract/constants'
import { formatFen, formatFenShort as amount } from './money'

/** An amount as refusals and contracts write it: 5000000 → "50,000元", 123456 → "1,234.56元". */
export const yuanText = (fen: number) => `${amount(fen)}元`

/** "1,000 至 200,000 元": the range of a Sunshine e-loan amount. */
export const LOAN_AMOUNT_RANGE_TEXT = `${amount(LOAN_MIN_FEN)} 至 ${amount(LOAN_MAX_FEN)} 元`

/** "1,000 元起": the smallest Sunshine e-loan amount. */
export const LOAN_AMOUNT_MIN_TEXT = `${amount(LOAN_MIN_FEN)} 元起`

/** "100 元的整数倍": the step of a Sunshine e-loan amount. */
export const LOAN_AMOUNT_STEP_TEXT = `${amount(LOAN_STEP_FEN)} 元的整数倍`

/** "最高20万元": the largest Sunshine e-loan, for marketing lines. */
export const LOAN_MAX_TEXT = `最高${LOAN_MAX_FEN / 1_000_000}万元`

/** "3 至 36 个月": the range of a Sunshine e-loan term. */
export const LOAN_TERM_TEXT = `${LOAN_TERM_MIN_MONTHS} 至 ${LOAN_TERM_MAX_MONTHS} 个月`

/**
 * The amount rule under an amount field: the range and step, or, within a limit, the minimum, step
 * and the limit ("1,000 元起，100 元的整数倍，不超过预授信额度 50,000.00 元").
 */
export function loanAmountHint(limit?: { fen: number; name: string }): string {
  if (!limit) return `${LOAN_AMOUNT_RANGE_TEXT}，${LOAN_AMOUNT_STEP_TEXT}`
  return `${LOAN_AMOUNT_MIN_TEXT}，${LOAN_AMOUNT_STEP_TEXT}，不超过${limit.name} ${formatFen(limit.fen)} 元`
}

/** "可用额度不足1,000元": the available limit is below the smallest loan. */
export const BELOW_LOAN_MIN_TEXT = `可用额度不足${yuanText(LOAN_MIN_FEN)}`

/** How long a texted code lasts, from the bank's answer: 300 → "5分钟内有效", 90 → "90秒内有效". */
export function codeValidityText(expiresInSeconds: number): string {
  return expiresInSeconds % 60 === 0 ? `${expiresInSeconds / 60}分钟内有效` : `${expiresInSeconds}秒内有效`
}

/** The penalty-interest rule as the contract, the loan page and the overdue notice state it. */
export const PENALTY_RULE_TEXT = `逾期本金×借款年利率×${(100 + PENALTY_RATE_MARKUP_PERCENT) / 100}÷360×逾期天数计收罚息（按日计算，四舍五入到分，不计复利）`
