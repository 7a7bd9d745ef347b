import type { CampaignVia } from '@/contract/constants'
import { loadVisitorToken, saveVisitorToken } from '@/services/campaign/visitor-token'
import { callApi } from '@/services/http/client'

/**
 * Tells the bank a campaign link was opened (it counts once per visitor and day, and ignores codes
 * it does not know). A device without a session keeps the visitor token the bank hands out, so the
 * visit can be credited when the person later logs in and signs up.
 */
export async function recordCampaignVisit(code: string, via: CampaignVia) {
  const visitorToken = loadVisitorToken()
  const result = await callApi('recordCampaignVisit', {
    body: visitorToken ? { code, via, visitorToken } : { code, via },
  })
  if (result.visitorToken) saveVisitorToken(result.visitorToken)
  return result
}
