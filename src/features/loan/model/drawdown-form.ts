// The drawdown form: amount, term and repayment method, checked as typed against the available limit.
import { LOAN_MAX_FEN, LOAN_MIN_FEN, LOAN_STEP_FEN } from '@/contract/constants'
import type { DrawdownRequest } from '@/contract/loans'
import type { ApiError } from '@/services/http/api-error'
import { formErrorsFromApi } from '@/services/http/form-errors'
import { REPAYMENT_METHODS, type RepaymentMethod } from '@/utils/loan-schedule'
import { formatFenShort } from '@/utils/money'
import { checkAmountTerm } from './amount-term'

/** What the drawdown form holds, as typed. */
export interface DrawdownValues {
  amount: string
  term: string
  method: string
}

export type DrawdownErrors = Partial<Record<keyof DrawdownValues | 'smsCode' | 'form', string>>

/** Checks the loan terms (not the SMS code); gives them, or a Chinese message per refused field. */
export function checkDrawdown(
  values: DrawdownValues,
  availableFen: number,
): { terms: Omit<DrawdownRequest, 'smsCode'> } | { errors: DrawdownErrors } {
  const errors: DrawdownErrors = {}
  const {
    amountFen,
    termMonths,
    errors: termErrors,
  } = checkAmountTerm(values.amount, values.term, availableFen)
  Object.assign(errors, termErrors)
  if (!REPAYMENT_METHODS.includes(values.method as RepaymentMethod)) errors.method = '请选择还款方式'
  if (Object.keys(errors).length > 0) return { errors }
  return { terms: { amountFen, termMonths, method: values.method as RepaymentMethod } }
}

/** The bank's refusal, put next to the fields it is about. */
export function drawdownErrorsFromApi(error: ApiError): DrawdownErrors {
  return formErrorsFromApi(error, {
    fields: { amountFen: 'amount', termMonths: 'term', method: 'method', smsCode: 'smsCode' },
  })
}

/** Round amounts offered as quick picks (fen): 10,000, 30,000 and 50,000 yuan. */
const ROUND_AMOUNTS_FEN = [1_000_000, 3_000_000, 5_000_000]

/**
 * Amounts one tap away, within what can be borrowed: the round ones that fit, and all of it. The
 * form starts empty, so nobody borrows the maximum by default.
 */
export function quickAmounts(availableFen: number): { key: string; label: string }[] {
  const most = Math.floor(Math.min(availableFen, LOAN_MAX_FEN) / LOAN_STEP_FEN) * LOAN_STEP_FEN
  if (most < LOAN_MIN_FEN) return []
  const picks = ROUND_AMOUNTS_FEN.filter((fen) => fen < most).map((fen) => ({
    key: String(fen / 100),
    label: `${fen / 1_000_000}万`,
  }))
  return [...picks, { key: String(most / 100), label: `全部 ${formatFenShort(most)}` }]
}
