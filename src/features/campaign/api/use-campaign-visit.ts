import { useEffect } from 'react'
import { parseCampaignEntry } from '../model/campaign-entry'
import { recordCampaignVisit } from './record-campaign-visit'

/**
 * Records the visit once per page load when the page was opened through a campaign code. It is
 * silent whatever happens: a visitor must see the event even if counting failed.
 */
export function useCampaignVisit(params: Partial<Record<string, string>>, timeline: boolean) {
  useEffect(() => {
    const entry = parseCampaignEntry(params, timeline)
    if ('error' in entry) return
    recordCampaignVisit(entry.code, entry.via).catch(() => undefined)
    // The parameters of one page load do not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}
