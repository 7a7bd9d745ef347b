// Quote for repaying a Sunshine e-loan in full before its term: outstanding principal plus interest
// accrued ACT/360 (actual calendar days, a 360-day year, the usual convention of Chinese bank loans).
// Days count the start day and not the repayment day (算头不算尾): 04-15 → 05-03 is 18 days. Dates
// are Beijing calendar dates, YYYY-MM-DD (convert instants with beijingDate first).
import { daysBetween } from './calendar-date'
import { DAILY_RATE_DEN, divHalfUp, exactProduct, MAX_APR_BP } from './loan-schedule-math'
import { type Schedule } from './loan-schedule-types'

/** What repaying everything on a date costs. */
export interface EarlyRepaymentQuote {
  outstandingPrincipalFen: number
  /** Interest since the last due date paid (or the start date): principal × APR / 360 × days. */
  accruedInterestFen: number
  totalFen: number
  /** Calendar days of accrual (ACT/360). */
  days: number
}

/** What repaying a loan in full costs on a date (YYYY-MM-DD) after `paidInstalments` instalments. */
export interface EarlyRepaymentInput {
  schedule: Schedule
  paidInstalments: number
  dateIso: string
  /** Rate of accrual; defaults to the schedule's APR. */
  aprBp?: number
}

/**
 * Quotes full early repayment: outstanding principal plus interest accrued since the last paid due
 * date (or the start date), ACT/360 rounded half up. The date must fall before the next due date, which
 * has to be paid as an instalment first. Throws on inconsistent input (programming error).
 */
export function earlyRepaymentQuote(input: EarlyRepaymentInput): EarlyRepaymentQuote {
  const { schedule, paidInstalments, dateIso } = input
  const aprBp = input.aprBp ?? schedule.aprBp
  const { instalments } = schedule
  if (!Number.isSafeInteger(aprBp) || aprBp < 0 || aprBp > MAX_APR_BP)
    throw new Error(`earlyRepaymentQuote needs an integer APR of 0–${MAX_APR_BP} bp, got ${aprBp}`)
  if (!Number.isInteger(paidInstalments) || paidInstalments < 0 || paidInstalments > instalments.length)
    throw new Error(`paidInstalments must be 0–${instalments.length}, got ${paidInstalments}`)
  const last = instalments[paidInstalments - 1]
  const outstandingPrincipalFen = last ? last.balanceAfterFen : schedule.principalFen
  if (outstandingPrincipalFen === 0)
    return { outstandingPrincipalFen, accruedInterestFen: 0, totalFen: 0, days: 0 }
  const days = daysBetween(last ? last.dueDate : schedule.startDate, dateIso)
  if (days < 0) throw new Error(`${dateIso} is before the last paid due date or the start date`)
  const next = instalments[paidInstalments]
  if (daysBetween(next.dueDate, dateIso) >= 0)
    throw new Error(`instalment ${next.index} falls due on ${next.dueDate}; pay it before quoting ${dateIso}`)
  const accruedInterestFen = divHalfUp(exactProduct(outstandingPrincipalFen, aprBp, days), DAILY_RATE_DEN)
  return {
    outstandingPrincipalFen,
    accruedInterestFen,
    totalFen: outstandingPrincipalFen + accruedInterestFen,
    days,
  }
}
