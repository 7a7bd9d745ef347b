// The drawdown form: amount, term and repayment method, checked as typed against the available limit.
import type { DrawdownRequest } from '@/contract/loans'
import type { ApiError } from '@/services/http/api-error'
import { formErrorsFromApi } from '@/services/http/form-errors'
import { REPAYMENT_METHODS, type RepaymentMethod } from '@/utils/loan-schedule'
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
