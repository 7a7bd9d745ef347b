// Masking of personal data for display. Pure; no framework.

/** '13812345678' -> '138****5678'; other lengths keep the first 3 and last 4 when possible. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return phone.slice(0, 1) + '*'.repeat(Math.max(phone.length - 1, 0))
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4)
}

/** '王建国' -> '王*国', '王芳' -> '王*', '欧阳小明' -> '欧**明' (first and last character kept). */
export function maskName(name: string): string {
  const chars = Array.from(name)
  if (chars.length <= 1) return '*'
  if (chars.length === 2) return `${chars[0]}*`
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1]
}

/** '321281198003150012' -> '3****************2': first and last character, same length. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 2) return '*'.repeat(idNumber.length)
  return idNumber[0] + '*'.repeat(idNumber.length - 2) + idNumber[idNumber.length - 1]
}
