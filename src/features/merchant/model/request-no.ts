// The till's request number (流水号) for one redemption: made on the device when a coupon is found and
// kept for every retry of it, so a retry after a lost answer gets the first result, not a second one.
import { REQUEST_NO_PATTERN } from '@/contract/constants'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** "R" + time in base 36 + 10 random characters: unique on the till, and sorts by time. */
export function newRequestNo(nowMs = Date.now(), random: () => number = Math.random): string {
  let tail = ''
  for (let i = 0; i < 10; i += 1) tail += ALPHABET[Math.floor(random() * ALPHABET.length)]
  return `R${nowMs.toString(36).toUpperCase()}${tail}`
}

/** Whether `text` is a request number the bank accepts. */
export const isRequestNo = (text: string) => new RegExp(REQUEST_NO_PATTERN).test(text)
