// Mainland China mobile numbers. Pure; no framework.
import { MOBILE_PHONE_PATTERN } from '../contract/constants'

const MOBILE_RE = new RegExp(MOBILE_PHONE_PATTERN)

/** True for an 11-digit mainland mobile number such as 13900000001. */
export function isMobilePhone(value: string): boolean {
  return MOBILE_RE.test(value)
}
