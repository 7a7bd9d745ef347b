// Where a campaign code arrives, read the same on weapp and H5: `r` on the event page itself (chat
// and timeline shares name the page directly), `scene` (a mini-program code), `q` (an ordinary QR of
// the printed link), `c` (H5, from index.html's /e/<code> redirect). A code that cannot be one is
// dropped without a request: the visitor still sees the event, nobody is credited.
import { CAMPAIGN_CODE_PATTERN, type CampaignVia } from '@/contract/constants'
import { decodeOnce } from '@/utils/url-param'

/** A code to record, or why there is none. */
export type CampaignEntry = { code: string; via: CampaignVia } | { error: 'missing' | 'malformed' }

const CODE = new RegExp(CAMPAIGN_CODE_PATTERN)
/** The code after /e/ in a printed link, with or without a trailing slash, query or fragment. */
const LINK_CODE = /\/e\/([^/?#]+)\/?(?:[?#].*)?$/

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
  } else if (params.scene) {
    raw = decodeOnce(params.scene)
    via = 'scene'
  } else if (params.q) {
    const link = decodeOnce(params.q)
    raw = link === undefined ? undefined : (LINK_CODE.exec(link)?.[1] ?? '')
    via = 'link'
  } else if (params.c) {
    raw = decodeOnce(params.c)
    via = 'h5'
  } else {
    return { error: 'missing' }
  }
  const code = raw?.trim().toUpperCase()
  return code && CODE.test(code) ? { code, via } : { error: 'malformed' }
}
