// Where a promo code arrives on the landing page, read the same on weapp and H5. Values arrive still
// URL-encoded on both (WeChat hands `scene` and `q` over encoded; Taro's H5 router parses the hash's
// query without decoding), so each is decoded exactly once, and a broken escape is an answer, not a crash.
import { PROMO_CODE_PATTERN, type PromoVisitVia } from '@/contract/constants'
import { landingCode, type LandingSource } from '@/utils/url-param'

/** A code to look up, or why there is none. */
export type PromoEntry = { code: string; via: PromoVisitVia } | { error: 'missing' | 'malformed' }

const CODE = new RegExp(PROMO_CODE_PATTERN)
const VIA: Record<LandingSource, PromoVisitVia> = { scene: 'scene', q: 'link', c: 'h5' }

/**
 * The code from the page's parameters: `scene` (a mini-program code), `q` (the whole link of an
 * ordinary QR, WeChat's scancode_time beside it), or `c` (H5, from index.html's /p/<code> redirect).
 * Lower case is accepted (people type links); anything else that is not a code is malformed.
 */
export function parsePromoEntry(params: Partial<Record<string, string>>): PromoEntry {
  const found = landingCode(params, 'p')
  if (!found) return { error: 'missing' }
  const code = found.raw?.trim().toUpperCase()
  return code && CODE.test(code) ? { code, via: VIA[found.from] } : { error: 'malformed' }
}
