// The drawdown form: amount, term and repayment method, checked as typed against the available limit.
import type { DrawdownRequest } from '@/contract/loans'
import type { ApiError } from '@/services/http/api-error'
import {
  checkLoanAmount,
  checkTermMonths,
  REPAYMENT_METHODS,
  type RepaymentMethod,
} from '@/utils/loan-schedule'
import { parseYuanToFen } from '@/utils/money'

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
  const amountFen = parseYuanToFen(values.amount)
  if (!values.amount.trim()) errors.amount = '请输入借款金额'
  else if (amountFen === undefined) errors.amount = '请输入正确的金额，如 20000'
  else {
    const check = checkLoanAmount(amountFen, availableFen)
    if (!check.valid) errors.amount = check.reason
  }
  const termMonths = Number(values.term)
  if (!/^\d+$/.test(values.term.trim())) errors.term = '请输入借款期限（月）'
  else {
    const check = checkTermMonths(termMonths)
    if (!check.valid) errors.term = check.reason
  }
  if (!REPAYMENT_METHODS.includes(values.method as RepaymentMethod)) errors.method = '请选择还款方式'
  if (Object.keys(errors).length > 0) return { errors }
  return { terms: { amountFen: amountFen as number, termMonths, method: values.method as RepaymentMethod } }
}

/** The bank's refusal, put next to the fields it is about. */
export function drawdownErrorsFromApi(error: ApiError): DrawdownErrors {
  const fields = error.fieldErrors
  const mapped: DrawdownErrors = {
    amount: fields.amountFen,
    term: fields.termMonths,
    method: fields.method,
    smsCode: fields.smsCode,
  }
  const anyField = Object.values(mapped).some(Boolean)
  return { ...mapped, form: anyField ? undefined : error.message }
}
