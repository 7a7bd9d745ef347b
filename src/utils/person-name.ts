// Chinese personal names as written on a resident ID card. Pure; no framework.
import { PERSON_NAME_PATTERN } from '../contract/constants'

const NAME_RE = new RegExp(PERSON_NAME_PATTERN)

/** Result of checking a name, with a Chinese reason when invalid. */
export type PersonNameCheck = { valid: true; name: string } | { valid: false; reason: string }

/** Checks a name after trimming spaces. */
export function checkPersonName(value: string): PersonNameCheck {
  const name = value.trim()
  if (name.length < 2 || name.length > 20) return { valid: false, reason: '姓名长度应为2-20个字' }
  if (!NAME_RE.test(name)) return { valid: false, reason: '姓名应为汉字' }
  return { valid: true, name }
}
