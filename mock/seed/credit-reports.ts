// The mock credit bureau (征信): outstanding debt and overdue flag per ID number. All fabricated.
// An ID number without a report reads as "no debt, nothing overdue".
import { makeIdNumber } from '../../src/utils/id-number'
import { SEED_CUSTOMERS, SEED_REGION } from './households'

/** One credit report. */
export interface SeedCreditReport {
  idNumber: string
  outstandingDebtFen: number
  overdue: boolean
}

/**
 * Not bound to any seeded customer: tests (or a demo) bind one of these to a fresh customer through
 * POST /me/real-name. OVERDUE_ID has an unsettled overdue record (declined CREDIT_OVERDUE);
 * HEAVY_DEBT_ID owes 150,000 yuan (declined DEBT_TOO_HIGH unless the income is very high).
 */
export const OVERDUE_ID = makeIdNumber(SEED_REGION, '19790214', '115')
export const HEAVY_DEBT_ID = makeIdNumber(SEED_REGION, '19830716', '127')

/** 陈立新 (13900000004, bound, not whitelisted) owes 20,000 yuan on time. */
const CHEN_ID = SEED_CUSTOMERS.find((c) => c.phone === '13900000004')!.idNumber!

export const SEED_CREDIT_REPORTS: SeedCreditReport[] = [
  { idNumber: CHEN_ID, outstandingDebtFen: 2_000_000, overdue: false },
  { idNumber: OVERDUE_ID, outstandingDebtFen: 800_000, overdue: true },
  { idNumber: HEAVY_DEBT_ID, outstandingDebtFen: 15_000_000, overdue: false },
]
