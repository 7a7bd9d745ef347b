// Penalty interest (罚息) as the loan contract states it: on overdue principal, at the loan's rate raised
// by PENALTY_RATE_MARKUP_PERCENT, per day (ACT/360) from the day after the due date, rounded half up to
// the fen; never compounded.
import { PENALTY_RATE_MARKUP_PERCENT } from '../../../src/contract/constants'
import { daysBetween } from '../../../src/utils/calendar-date'

/** Penalty on `principalFen` overdue for `days` days at `aprBp` (basis points), in whole fen. */
export function penaltyInterestFen(principalFen: number, aprBp: number, days: number): number {
  if (days <= 0 || principalFen <= 0) return 0
  // BigInt: principal × rate × 150 % × days overflows 2^53 for large, long-overdue loans.
  const numerator =
    BigInt(principalFen) * BigInt(aprBp) * BigInt(100 + PENALTY_RATE_MARKUP_PERCENT) * BigInt(days)
  const denominator = 10_000n * 100n * 360n
  return Number((2n * numerator + denominator) / (2n * denominator))
}

/** Days an instalment due on `dueDate` is overdue on `today` (0 on or before the due date). */
export function daysOverdue(dueDate: string, today: string): number {
  return Math.max(0, daysBetween(dueDate, today))
}
