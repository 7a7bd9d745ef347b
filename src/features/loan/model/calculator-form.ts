import type { RepaymentMethod } from '@/utils/loan-schedule'
import { checkAmountTerm } from './amount-term'
import { repaymentMethodText } from './loan-labels'

/** What the calculator holds, as typed. */
export interface CalculatorValues {
  amount: string
  term: string
  apr: string
  method: string
}

/** The calculator's input once every field is valid. */
export interface CalculatorInput {
  principalFen: number
  termMonths: number
  aprBp: number
  method: RepaymentMethod
}

/** Lowest and highest APR the calculator accepts, in basis points. */
const APR_MIN_BP = 100
const APR_MAX_BP = 2400

/** Parses "3.95" (percent per year) into basis points, exactly; undefined when it is not a rate. */
export function parseAprToBp(text: string): number | undefined {
  const match = /^(\d{1,2})(?:\.(\d{1,2}))?%?$/.exec(text.trim())
  if (!match) return undefined
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}

/** Checks every field; gives the input, or a Chinese message per refused field. */
export function checkCalculator(
  values: CalculatorValues,
): { input: CalculatorInput } | { errors: Partial<Record<keyof CalculatorValues, string>> } {
  const errors: Partial<Record<keyof CalculatorValues, string>> = {}
  const {
    amountFen: principalFen,
    termMonths,
    errors: termErrors,
  } = checkAmountTerm(values.amount, values.term)
  Object.assign(errors, termErrors)
  const aprBp = parseAprToBp(values.apr)
  if (aprBp === undefined) errors.apr = '请输入年化利率，如 3.95'
  else if (aprBp < APR_MIN_BP || aprBp > APR_MAX_BP) errors.apr = '年化利率须在1%至24%之间'
  if (!(values.method in repaymentMethodText)) errors.method = '请选择还款方式'
  if (Object.keys(errors).length > 0) return { errors }
  return {
    input: {
      principalFen,
      termMonths,
      aprBp: aprBp as number,
      method: values.method as RepaymentMethod,
    },
  }
}
