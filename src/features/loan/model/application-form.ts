// The application form (borrower type, income, purpose, amount, term): checks as typed, and the
// mapping between what was typed, the bank's request and the bank's field messages.
import { BORROWER_TYPES, LOAN_PURPOSES, type BorrowerType, type LoanPurpose } from '@/contract/constants'
import type { LoanApplyRequest } from '@/contract/loans'
import type { ApiError } from '@/services/http/api-error'
import { formErrorsFromApi } from '@/services/http/form-errors'
import { parseYuanToFen } from '@/utils/money'
import { checkAmountTerm } from './amount-term'

/** What the form holds, exactly as typed (this is also the saved draft). */
export interface ApplicationValues {
  borrowerType: string
  income: string
  purpose: string
  amount: string
  term: string
}

export type ApplicationErrors = Partial<Record<keyof ApplicationValues | 'form', string>>

export const emptyApplication: ApplicationValues = {
  borrowerType: '',
  income: '',
  purpose: '',
  amount: '',
  term: '12',
}

/** Annual income the form accepts: up to 100 million yuan, whole yuan. */
const MAX_INCOME_FEN = 10_000_000_000

/** Reads a saved draft back, keeping only the form's own fields. */
export function valuesFromDraft(fields: Record<string, string> | undefined): ApplicationValues {
  const values = { ...emptyApplication }
  for (const key of Object.keys(values) as (keyof ApplicationValues)[]) {
    if (typeof fields?.[key] === 'string') values[key] = fields[key]
  }
  return values
}

/** Checks every field; gives the request, or a Chinese message per refused field. */
export function checkApplication(
  values: ApplicationValues,
  limitFen?: number,
): { request: LoanApplyRequest } | { errors: ApplicationErrors } {
  const errors: ApplicationErrors = {}
  if (!BORROWER_TYPES.includes(values.borrowerType as BorrowerType)) errors.borrowerType = '请选择借款人类型'
  if (!LOAN_PURPOSES.includes(values.purpose as LoanPurpose)) errors.purpose = '请选择借款用途'
  const incomeFen = parseYuanToFen(values.income)
  if (!values.income.trim()) errors.income = '请输入家庭年收入'
  else if (incomeFen === undefined || incomeFen % 100 !== 0) errors.income = '年收入请填写整数元，如 80000'
  else if (incomeFen > MAX_INCOME_FEN) errors.income = '年收入金额过大，请核对'
  const {
    amountFen,
    termMonths,
    errors: termErrors,
  } = checkAmountTerm(values.amount, values.term, limitFen, '请输入申请金额')
  Object.assign(errors, termErrors)
  if (Object.keys(errors).length > 0) return { errors }
  return {
    request: {
      borrowerType: values.borrowerType as BorrowerType,
      annualIncomeFen: incomeFen as number,
      purpose: values.purpose as LoanPurpose,
      amountFen,
      termMonths,
    },
  }
}

/** The bank's refusal, put next to the fields it is about. */
export function applicationErrorsFromApi(error: ApiError): ApplicationErrors {
  return formErrorsFromApi(error, {
    fields: {
      borrowerType: 'borrowerType',
      annualIncomeFen: 'income',
      purpose: 'purpose',
      amountFen: 'amount',
      termMonths: 'term',
    },
  })
}
