// Where a campaign code arrives, read the same on weapp and H5: `r` on the event page itself (chat
// and timeline shares name the page directly), `scene` (a mini-program code), `q` (an ordinary QR of
// the printed link), `c` (H5, from index.html's /e/<code> redirect). A code that cannot be one is
// dropped without a request: the visitor still sees the event, nobody is credited.
import { CAMPAIGN_CODE_PATTERN, type CampaignVia } from '@/contract/constants'
import { decodeOnce, landingCode, type LandingSource } from '@/utils/url-param'

/** A code to record, or why there is none. */
export type CampaignEntry = { code: string; via: CampaignVia } | { error: 'missing' | 'malformed' }

const CODE = new RegExp(CAMPAIGN_CODE_PATTERN)
const VIA: Record<LandingSource, CampaignVia> = { scene: 'scene', q: 'link', c: 'h5' }

/**
 * The code from a page's parameters. `timeline` says the page was opened from a 朋友圈 post
 * (WeChat's single-page mode), which is how a shared `r` is told apart from a chat card's.
 */
export function parseCampaignEntry(params: Partial<Record<string, string>>, timeline = false): CampaignEntry {
  let raw: string | undefined
  let via: CampaignVia
  if (params.r) {
    raw = decodeOnce(params.r)
    via = timeline ? 'timeline' : 'share'
  } else {
    const found = landingCode(params, 'e')
    if (!found) return { error: 'missing' }
    raw = found.raw
    via = VIA[found.from]
  }
  const code = raw?.trim().toUpperCase()
  return code && CODE.test(code) ? { code, via } : { error: 'malformed' }
}
