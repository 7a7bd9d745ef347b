// Repayment schedule of the Sunshine e-loan (阳光e贷): shared by the mock bank (the authority) and the
// app (preview and calculator). Pure; no framework.
//
// Money is integer fen and rates are integer basis points of APR. Every interest figure is rounded
// half up to the fen (0.5 fen goes up) straight from an exact integer ratio, so nothing accumulates in
// floating point: monthly interest = round(balance × aprBp / 120000); the annuity payment uses BigInt
// (see loan-schedule-math.ts). Early repayment accrues ACT/360: actual calendar days at APR / 360.
import { addMonthsClamped, parseLocalDate } from './calendar-date'
import {
  annuityPaymentFen,
  divHalfUp,
  exactProduct,
  MAX_APR_BP,
  MONTHLY_RATE_DEN,
} from './loan-schedule-math'
import { REPAYMENT_METHODS, type Instalment, type Schedule, type ScheduleInput } from './loan-schedule-types'

export * from './loan-schedule-early'
export * from './loan-schedule-rules'
export * from './loan-schedule-types'

/** Longest term the maths accepts (30 years); the product allows 3–36 months. */
const MAX_TERM_MONTHS = 360

const monthlyInterestFen = (balanceFen: number, aprBp: number) =>
  divHalfUp(exactProduct(balanceFen, aprBp), MONTHLY_RATE_DEN)

function assertInput({ principalFen, aprBp, termMonths, method, startDate }: ScheduleInput): void {
  if (!Number.isSafeInteger(principalFen) || principalFen <= 0)
    throw new Error(`buildSchedule needs a positive integer principal in fen, got ${principalFen}`)
  if (!Number.isSafeInteger(aprBp) || aprBp < 0 || aprBp > MAX_APR_BP)
    throw new Error(`buildSchedule needs an integer APR of 0–${MAX_APR_BP} bp, got ${aprBp}`)
  if (!Number.isSafeInteger(termMonths) || termMonths < 1 || termMonths > MAX_TERM_MONTHS)
    throw new Error(`buildSchedule needs a term of 1–${MAX_TERM_MONTHS} months, got ${termMonths}`)
  if (!REPAYMENT_METHODS.includes(method)) throw new Error(`unknown repayment method "${method}"`)
  parseLocalDate(startDate)
}

/** Principal repaid in instalment i (1-based) given the balance before it; the last one takes the rest. */
function principalRule({ principalFen, aprBp, termMonths, method }: ScheduleInput) {
  if (method === 'interest-first') return (i: number, balance: number) => (i === termMonths ? balance : 0)
  if (method === 'equal-principal' || aprBp === 0) {
    const share = Math.floor(principalFen / termMonths)
    return (i: number, balance: number) => (i === termMonths ? balance : share)
  }
  const payment = annuityPaymentFen(principalFen, aprBp, termMonths)
  // Clamping only matters for loans of a few fen, where a rounded-up payment could overshoot.
  return (i: number, balance: number) =>
    i === termMonths ? balance : Math.min(payment - monthlyInterestFen(balance, aprBp), balance)
}

/** Builds the monthly schedule; the principal always sums to exactly principalFen. Throws on bad input. */
export function buildSchedule(input: ScheduleInput): Schedule {
  assertInput(input)
  const { principalFen, aprBp, termMonths, method, startDate } = input
  const principalFor = principalRule(input)
  const instalments: Instalment[] = []
  let balance = principalFen
  for (let index = 1; index <= termMonths; index++) {
    // Interest-first charges on the whole principal, which is also the balance until the last month.
    const interestFen = monthlyInterestFen(balance, aprBp)
    const principalPaid = principalFor(index, balance)
    balance -= principalPaid
    instalments.push({
      index,
      dueDate: addMonthsClamped(startDate, index),
      principalFen: principalPaid,
      interestFen,
      paymentFen: principalPaid + interestFen,
      balanceAfterFen: balance,
    })
  }
  const totalInterestFen = instalments.reduce((sum, row) => sum + row.interestFen, 0)
  return {
    instalments,
    totalInterestFen,
    totalPaymentFen: principalFen + totalInterestFen,
    aprBp,
    method,
    principalFen,
    termMonths,
    startDate,
  }
}
