// Base64 of ASCII text without btoa, which the mini-program runtime does not have.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Base64 of a string made of characters below U+0100 (one byte each). */
export function base64OfAscii(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i)
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : NaN
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) : NaN
    if (a > 255 || b > 255 || c > 255) throw new Error('base64OfAscii takes one-byte characters only')
    const triple = (a << 16) | ((b || 0) << 8) | (c || 0)
    out += alphabet[(triple >> 18) & 63] + alphabet[(triple >> 12) & 63]
    out += Number.isNaN(b) ? '=' : alphabet[(triple >> 6) & 63]
    out += Number.isNaN(c) ? '=' : alphabet[triple & 63]
  }
  return out
}
