// Unified social credit code (统一社会信用代码, GB 32100-2015) checks. Pure; used by the application
// form as the user types and by the bank. Some early codes are legal but fail the check character, so a
// failed check is reported apart from a malformed code: the bank keeps those for review by hand.
import { CREDIT_CODE_PATTERN } from '../contract/constants'

/** The 31 characters in value order (0-30). */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
/** Weights of positions 1-17: 3^i mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const FORMAT = new RegExp(CREDIT_CODE_PATTERN)

/** What a code is: not a credit code at all, one whose check character is right, or one whose is not. */
export type CreditCodeResult =
  | { kind: 'malformed'; reason: string }
  | { kind: 'ok'; code: string }
  | { kind: 'check-failed'; code: string }

/** Chinese warning of a code whose check character does not match (accepted, reviewed by hand). */
export const CREDIT_CODE_CHECK_WARNING = '统一社会信用代码校验位不符，已转客户经理人工核验'
/** What the form says while the code is typed: most often one character was mistyped. */
export const CREDIT_CODE_TYPING_WARNING =
  '代码最后一位（校验位）与前17位对不上，请对照营业执照逐位核对；确认无误也可提交，客户经理将人工核验'

/** The check character of the first 17 characters (which must be from the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('creditCodeCheckChar needs exactly 17 characters')
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i])
    if (value < 0) throw new Error(`not a credit-code character: ${first17[i]}`)
    sum += value * WEIGHTS[i]
  }
  return ALPHABET[(31 - (sum % 31)) % 31]
}

/** The code as people type it: spaces dropped, upper case. */
export const normalizeCreditCode = (text: string) => text.replace(/\s+/g, '').toUpperCase()

/** Checks an already normalised code: length, alphabet, digits in 3-8, then the check character. */
export function checkCreditCode(code: string): CreditCodeResult {
  if (code.length !== 18) return { kind: 'malformed', reason: '统一社会信用代码应为18位' }
  if (!FORMAT.test(code)) {
    return { kind: 'malformed', reason: '统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z）' }
  }
  return creditCodeCheckChar(code.slice(0, 17)) === code[17]
    ? { kind: 'ok', code }
    : { kind: 'check-failed', code }
}
