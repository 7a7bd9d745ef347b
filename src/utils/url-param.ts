// Page parameters arrive still URL-encoded on both platforms (WeChat hands `scene` and `q` over
// encoded; Taro's H5 router parses the hash's query without decoding), so each is decoded once.

/** The value decoded once, or undefined for a broken escape (an answer, not a crash). */
export function decodeOnce(value: string): string | undefined {
  try {
    return decodeURIComponent(value)
  } catch {
    return undefined
  }
}
