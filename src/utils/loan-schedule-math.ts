// Exact fen arithmetic for loan schedules: integer division rounded half up, and the annuity payment.
//
// Per-month and per-day interest is an integer product divided by an integer; while the product stays
// below 2^53 it is exact in a JS number, so we divide with integers and never touch a binary fraction.
// The annuity payment needs (1 + r)^n, whose exact numerator and denominator are far beyond 2^53, so
// that one figure uses BigInt. BigInt values are built with BigInt() and powers by repeated
// multiplication (no `1n` literals, no `**`): Babel rewrites `**` to Math.pow, which throws on BigInt.

/** Basis points in one unit of rate (10000 bp = 100%). */
export const BP_PER_UNIT = 10_000
/** Highest APR the maths accepts (100%); product limits are far lower. */
export const MAX_APR_BP = 10_000
/** Denominator of the monthly rate: APR in bp / (10000 × 12). */
export const MONTHLY_RATE_DEN = BP_PER_UNIT * 12
/** Denominator of the daily rate under ACT/360: APR in bp / (10000 × 360). */
export const DAILY_RATE_DEN = BP_PER_UNIT * 360

/** numerator / denominator rounded half up (0.5 fen goes up), for non-negative safe integers. */
export function divHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || numerator < 0)
    throw new Error(`divHalfUp needs a non-negative safe integer numerator, got ${numerator}`)
  if (!Number.isSafeInteger(denominator) || denominator <= 0)
    throw new Error(`divHalfUp needs a positive safe integer denominator, got ${denominator}`)
  if (!Number.isSafeInteger(2 * numerator + denominator))
    throw new Error(`divHalfUp: ${numerator} is too large to divide exactly`)
  return Math.floor((2 * numerator + denominator) / (2 * denominator))
}

/** Product of non-negative safe integers, refusing any product that is no longer exact. */
export function exactProduct(...factors: number[]): number {
  return factors.reduce((acc, f) => {
    const product = acc * f
    if (!Number.isSafeInteger(f) || f < 0 || !Number.isSafeInteger(product))
      throw new Error(`exactProduct: ${factors.join(' × ')} is not an exact integer`)
    return product
  }, 1)
}

const bigPow = (base: bigint, exponent: number) => {
  let result = BigInt(1)
  for (let i = 0; i < exponent; i++) result *= base
  return result
}

/**
 * Annuity payment P·r·(1+r)^n / ((1+r)^n − 1) in fen, rounded half up, with r = aprBp / 120000.
 * Written over integers: P·k·(D+k)^n / (D·((D+k)^n − D^n)) with k = aprBp and D = 120000.
 */
export function annuityPaymentFen(principalFen: number, aprBp: number, termMonths: number): number {
  if (aprBp <= 0) throw new Error('annuityPaymentFen needs a positive rate')
  const d = BigInt(MONTHLY_RATE_DEN)
  const k = BigInt(aprBp)
  const grown = bigPow(d + k, termMonths)
  const numerator = BigInt(principalFen) * k * grown
  const denominator = d * (grown - bigPow(d, termMonths))
  const two = BigInt(2)
  return Number((two * numerator + denominator) / (two * denominator))
}
