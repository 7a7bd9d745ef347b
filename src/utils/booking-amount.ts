// The amount a customer announces for a counter service (large cash withdrawal). Pure; no framework.
import { yuanText as yuan } from './rule-text'

/** What a service says about amounts (fields of BranchService). */
export interface AmountRule {
  needsAmount: boolean
  minAmountFen?: number
  maxAmountFen?: number
  amountStepFen?: number
}

/** Result of checking an amount, with a Chinese reason when it is refused. */
export type AmountCheck = { valid: true } | { valid: false; reason: string }

/** Checks an amount in fen against the service: required, integer, within bounds, in whole steps. */
export function checkBookingAmount(rule: AmountRule, amountFen: number | undefined): AmountCheck {
  if (!rule.needsAmount) {
    return amountFen === undefined ? { valid: true } : { valid: false, reason: '该业务无需填写金额' }
  }
  if (amountFen === undefined) return { valid: false, reason: '请填写取现金额' }
  if (!Number.isSafeInteger(amountFen)) return { valid: false, reason: '取现金额格式不正确' }
  if (rule.minAmountFen !== undefined && amountFen < rule.minAmountFen)
    return { valid: false, reason: `取现金额不能低于${yuan(rule.minAmountFen)}` }
  if (rule.maxAmountFen !== undefined && amountFen > rule.maxAmountFen)
    return { valid: false, reason: `取现金额不能超过${yuan(rule.maxAmountFen)}` }
  if (rule.amountStepFen && amountFen % rule.amountStepFen !== 0)
    return { valid: false, reason: `取现金额须为${yuan(rule.amountStepFen)}的整数倍` }
  return { valid: true }
}

/** The amount rule under the field, from the service: "50,000元起，最多1,000,000元，须为100元的整数倍". */
export function bookingAmountHint(rule: AmountRule): string {
  return [
    rule.minAmountFen !== undefined ? `${yuan(rule.minAmountFen)}起` : '',
    rule.maxAmountFen !== undefined ? `最多${yuan(rule.maxAmountFen)}` : '',
    rule.amountStepFen ? `须为${yuan(rule.amountStepFen)}的整数倍` : '',
  ]
    .filter(Boolean)
    .join('，')
}
