// A coupon's 12-digit numeric code: 11 random digits and a Luhn check digit, so a mistyped digit is
// caught on the till before it reaches the bank (and is never counted as a guess).
import { REDEEM_CODE_LENGTH } from '../contract/constants'

/** The Luhn check digit of `body` (digits only). */
export function luhnDigit(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i += 1) {
    // Doubling starts at the rightmost digit of the body: it sits left of the check digit.
    let digit = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return String((10 - (sum % 10)) % 10)
}

/** The digits typed, without the spaces and dashes people add while reading a code aloud. */
export const normaliseRedeemCode = (text: string) => text.replace(/[\s-]/g, '')

/** Whether `code` is a well-formed coupon code: 12 digits whose last is the Luhn digit of the rest. */
export function isRedeemCode(code: string): boolean {
  if (!new RegExp(`^\\d{${REDEEM_CODE_LENGTH}}$`).test(code)) return false
  return luhnDigit(code.slice(0, -1)) === code.slice(-1)
}

/** "3829 1047 5567": groups of four, as printed under the QR. */
export const groupRedeemCode = (code: string) => code.replace(/(\d{4})(?=\d)/g, '$1 ')
