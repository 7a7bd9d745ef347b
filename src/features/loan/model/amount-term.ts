// The amount (yuan, as typed) and term (months, as typed) every loan form asks for, checked against
// the product's rules and, when there is one, the customer's limit. Pure.
import { checkLoanAmount, checkTermMonths } from '@/utils/loan-schedule'
import { parseYuanToFen } from '@/utils/money'

/** The amount in fen and the term in months, and a Chinese message for each one refused. */
export interface AmountTermCheck {
  amountFen: number
  termMonths: number
  errors: { amount?: string; term?: string }
}

/** Checks a typed amount and term; `emptyAmount` is the message for a blank amount. */
export function checkAmountTerm(
  amount: string,
  term: string,
  limitFen?: number,
  emptyAmount = '请输入借款金额',
): AmountTermCheck {
  const errors: AmountTermCheck['errors'] = {}
  const amountFen = parseYuanToFen(amount)
  if (!amount.trim()) errors.amount = emptyAmount
  else if (amountFen === undefined) errors.amount = '请输入正确的金额，如 50000'
  else {
    const check = checkLoanAmount(amountFen, limitFen)
    if (!check.valid) errors.amount = check.reason
  }
  const termMonths = Number(term)
  if (!/^\d+$/.test(term.trim())) errors.term = '请输入借款期限（月）'
  else {
    const check = checkTermMonths(termMonths)
    if (!check.valid) errors.term = check.reason
  }
  return { amountFen: amountFen ?? 0, termMonths, errors }
}
