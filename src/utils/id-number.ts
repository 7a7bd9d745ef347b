// Resident identity card number (GB 11643-1999, 18 digits) checks. Pure; no framework.
import { beijingDate } from './beijing-time'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** Result of checking an ID number: its facts when valid, a Chinese reason when not. */
export type IdNumberCheck =
  | { valid: true; idNumber: string; regionCode: string; birthDate: string; gender: 'male' | 'female' }
  | { valid: false; reason: string }

/** Check digit ('0'-'9' or 'X') for the first 17 digits of an ID number. */
export function computeIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('computeIdCheckDigit needs exactly 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

/** True when yyyymmdd is a real calendar date from 1900 up to and including `today` (Beijing date). */
function isValidBirthDate(yyyymmdd: string, today: Date): boolean {
  const y = Number(yyyymmdd.slice(0, 4))
  const m = Number(yyyymmdd.slice(4, 6))
  const d = Number(yyyymmdd.slice(6, 8))
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (d > daysInMonth) return false
  return yyyymmdd <= beijingDate(today).replace(/-/g, '')
}

/** Checks length, format, birth date (not in the future) and check digit; lower-case 'x' is accepted. */
export function checkIdNumber(value: string, today: Date = new Date()): IdNumberCheck {
  const id = value.trim().toUpperCase()
  if (id.length !== 18) return { valid: false, reason: '身份证号应为18位' }
  if (!/^\d{17}[\dX]$/.test(id)) return { valid: false, reason: '身份证号格式不正确' }
  const birth = id.slice(6, 14)
  if (!isValidBirthDate(birth, today)) return { valid: false, reason: '出生日期无效' }
  if (computeIdCheckDigit(id.slice(0, 17)) !== id[17]) return { valid: false, reason: '身份证号校验位不正确' }
  return {
    valid: true,
    idNumber: id,
    regionCode: id.slice(0, 6),
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  }
}

/** Builds a valid ID number from region, birth date (YYYYMMDD) and 3-digit sequence (odd = male). */
export function makeIdNumber(regionCode: string, birthDate: string, sequence: string): string {
  const first17 = `${regionCode}${birthDate}${sequence}`
  return first17 + computeIdCheckDigit(first17)
}

/** Whole years of age on `onDate` (YYYY-MM-DD) of the holder of a valid ID number. */
export function ageOn(idNumber: string, onDate: string): number {
  const birth = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`
  const years = Number(onDate.slice(0, 4)) - Number(birth.slice(0, 4))
  return onDate.slice(5) >= birth.slice(5) ? years : years - 1
}
