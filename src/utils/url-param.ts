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

/** Where a landing page's code arrived: a mini-program code, an ordinary QR's link, or the H5 redirect. */
export type LandingSource = 'scene' | 'q' | 'c'

/**
 * The code a landing page was opened with, decoded once: `scene` (a mini-program code), `q` (the whole
 * link of an ordinary QR; the code is the path segment after `/<segment>/`, with or without a trailing
 * slash, query or fragment), or `c` (H5, from index.html's redirect). Undefined when none is there;
 * `raw` undefined for a broken escape.
 */
export function landingCode(
  params: Partial<Record<string, string>>,
  segment: string,
): { raw: string | undefined; from: LandingSource } | undefined {
  if (params.scene) return { raw: decodeOnce(params.scene), from: 'scene' }
  if (params.q) {
    const link = decodeOnce(params.q)
    const inLink = new RegExp(`/${segment}/([^/?#]+)/?(?:[?#].*)?$`)
    return { raw: link === undefined ? undefined : (inLink.exec(link)?.[1] ?? ''), from: 'q' }
  }
  if (params.c) return { raw: decodeOnce(params.c), from: 'c' }
  return undefined
}
