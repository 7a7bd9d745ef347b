// Shapes of a Sunshine e-loan repayment schedule, shared by the schedule and the early-repayment quote.

import type { RepaymentMethod } from '../contract/constants'

export { REPAYMENT_METHODS, type RepaymentMethod } from '../contract/constants'
/** The Chinese name of each repayment method, as contracts and pages write it. */
export const REPAYMENT_METHOD_NAMES: Readonly<Record<RepaymentMethod, string>> = {
  'equal-instalment': '等额本息',
  'equal-principal': '等额本金',
  'interest-first': '先息后本',
}

/** What a schedule is built from. */
export interface ScheduleInput {
  principalFen: number
  aprBp: number
  termMonths: number
  method: RepaymentMethod
  /** Drawdown date, YYYY-MM-DD; instalment i falls due i months later. */
  startDate: string
}

/** One monthly instalment. */
export interface Instalment {
  /** 1-based. */
  index: number
  /** YYYY-MM-DD: the start date's day of month, clamped to the month's last day. */
  dueDate: string
  principalFen: number
  interestFen: number
  /** principalFen + interestFen. */
  paymentFen: number
  /** Principal still owed once this instalment is paid. */
  balanceAfterFen: number
}

/** A whole repayment schedule and its totals. */
export interface Schedule {
  instalments: Instalment[]
  totalInterestFen: number
  totalPaymentFen: number
  aprBp: number
  method: RepaymentMethod
  principalFen: number
  termMonths: number
  /** Drawdown date, YYYY-MM-DD (accrual for early repayment starts here until the first due date). */
  startDate: string
}
