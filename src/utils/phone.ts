// Mainland China mobile numbers. Pure; no framework.

/** Pattern of a mainland mobile number, as a string so JSON schemas can reuse it. */
export const MOBILE_PHONE_PATTERN = '^1[3-9]\\d{9}$'

const MOBILE_RE = new RegExp(MOBILE_PHONE_PATTERN)

/** True for an 11-digit mainland mobile number such as 13900000001. */
export function isMobilePhone(value: string): boolean {
  return MOBILE_RE.test(value)
}
