// Wording of the loan contract and certificate: amounts as written in contracts, and the APR line.
import { formatFen, formatRateBp } from '../../../src/utils/money'

/** 5000000 → '人民币50,000.00元'. */
export const rmb = (fen: number) => `人民币${formatFen(fen)}元`

/** 395 → '年化利率3.95%（单利）': the APR is always stated as a simple annual rate. */
export const aprText = (bp: number) => `年化利率${formatRateBp(bp)}（单利）`
