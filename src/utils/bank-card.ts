// Bank card numbers: the Luhn check digit (ISO/IEC 7812) every UnionPay debit card carries. Pure.

/** Digits only, so "6228 4800 …" as typed or pasted checks the same as without spaces. */
export function normalizeCardNumber(text: string): string {
  return text.replace(/[\s-]/g, '')
}

/** True when the number is 16–19 digits and its last digit is the Luhn check digit. */
export function isValidCardNumber(cardNumber: string): boolean {
  if (!/^\d{16,19}$/.test(cardNumber)) return false
  let sum = 0
  for (let i = 0; i < cardNumber.length; i++) {
    // Double every second digit counted from the right, the check digit itself excluded.
    let digit = cardNumber.charCodeAt(cardNumber.length - 1 - i) - 48
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** Chinese message for a typed card number, or undefined when it can be sent. */
export function cardNumberProblem(text: string): string | undefined {
  const digits = normalizeCardNumber(text)
  if (!digits) return '请输入银行卡号'
  if (!/^\d+$/.test(digits)) return '银行卡号只能包含数字'
  if (digits.length < 16 || digits.length > 19) return '银行卡号应为16至19位数字'
  if (!isValidCardNumber(digits)) return '银行卡号有误，请核对后重新输入'
  return undefined
}

/** "6228480000000000003" → "6228 4800 0000 0000 003": groups of four, as printed on cards. */
export function groupCardNumber(text: string): string {
  return normalizeCardNumber(text)
    .replace(/(\d{4})(?=\d)/g, '$1 ')
    .trim()
}
