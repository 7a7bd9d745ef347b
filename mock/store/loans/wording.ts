// Wording helpers for loan documents: amounts, dates, rates and repayment methods in Chinese.
import type { RepaymentMethod } from '../../../src/utils/loan-schedule'
import { formatFen, formatRateBp } from '../../../src/utils/money'

/** 5000000 → '50,000元', 123456 → '1,234.56元': written like checkLoanAmount's messages. */
export const yuan = (fen: number) => `${formatFen(fen).replace(/\.00$/, '')}元`

/** 5000000 → '人民币50,000.00元'. */
export const rmb = (fen: number) => `人民币${formatFen(fen)}元`

/** '2027-11-19' → '2027年11月19日'. */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** 395 → '年化利率3.95%（单利）': the APR is always stated as a simple annual rate. */
export const aprText = (bp: number) => `年化利率${formatRateBp(bp)}（单利）`

/** Chinese names of the repayment methods. */
export const METHOD_NAMES: Record<RepaymentMethod, string> = {
  'equal-instalment': '等额本息',
  'equal-principal': '等额本金',
  'interest-first': '先息后本',
}
