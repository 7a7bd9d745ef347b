// Field rules of amounts and terms the schema cannot express, from the shared product rules, so the
// app's form and the bank refuse the same values with the same words.
import type { FieldError } from '../../../src/contract/common'
import { checkLoanAmount, checkTermMonths } from '../../../src/utils/loan-schedule'
import { bankError } from '../../errors'

/** Failing amountFen / termMonths fields (empty when both are fine). */
export function amountTermErrors(amountFen: number, termMonths: number, limitFen?: number): FieldError[] {
  const fields: FieldError[] = []
  const amount = checkLoanAmount(amountFen, limitFen)
  if (!amount.valid) fields.push({ field: 'amountFen', message: amount.reason })
  const term = checkTermMonths(termMonths)
  if (!term.valid) fields.push({ field: 'termMonths', message: term.reason })
  return fields
}

/** 400 VALIDATION_FAILED listing every failing field, when there is one. */
export function throwIfFieldErrors(fields: FieldError[]): void {
  if (fields.length) throw bankError('VALIDATION_FAILED', { message: fields[0].message, details: { fields } })
}
