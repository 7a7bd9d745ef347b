import { checkLoanAmount, checkTermMonths, type RepaymentMethod } from '@/utils/loan-schedule'
import { parseYuanToFen } from '@/utils/money'

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

/** Chinese names and one-line explanations of the repayment methods. */
export const repaymentMethodText: Record<RepaymentMethod, { name: string; explain: string }> = {
  'equal-instalment': { name: '等额本息', explain: '每月还款额相同，前期利息占比高' },
  'equal-principal': { name: '等额本金', explain: '每月还相同本金，月供逐月减少，总利息较少' },
  'interest-first': { name: '先息后本', explain: '每月只还利息，到期一次还清本金' },
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
  const principalFen = parseYuanToFen(values.amount)
  if (!values.amount.trim()) errors.amount = '请输入借款金额'
  else if (principalFen === undefined) errors.amount = '请输入正确的金额，如 50000'
  else {
    const check = checkLoanAmount(principalFen)
    if (!check.valid) errors.amount = check.reason
  }
  const termMonths = Number(values.term)
  if (!/^\d+$/.test(values.term.trim())) errors.term = '请输入借款期限（月）'
  else {
    const check = checkTermMonths(termMonths)
    if (!check.valid) errors.term = check.reason
  }
  const aprBp = parseAprToBp(values.apr)
  if (aprBp === undefined) errors.apr = '请输入年化利率，如 3.95'
  else if (aprBp < APR_MIN_BP || aprBp > APR_MAX_BP) errors.apr = '年化利率须在1%至24%之间'
  if (!(values.method in repaymentMethodText)) errors.method = '请选择还款方式'
  if (Object.keys(errors).length > 0) return { errors }
  return {
    input: {
      principalFen: principalFen as number,
      termMonths,
      aprBp: aprBp as number,
      method: values.method as RepaymentMethod,
    },
  }
}
