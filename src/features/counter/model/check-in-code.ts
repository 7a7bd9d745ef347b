/** "123 456": a check-in code in two groups of three, easier to read out at the counter. */
export function groupCheckInCode(code: string): string {
  return code.replace(/(\d{3})(?=\d)/g, '$1 ')
}
