// What a chat card and a 朋友圈 post of an event carry. With the sharer's own link they carry the
// code (`r`), so whoever opens them is credited to the sharer; without one, the plain event.
import type { CampaignLink } from '@/contract/campaign'
import { routes } from '@/routes'

/** A share of the current page: the chat card opens `path`, a timeline post reopens it with `query`. */
export interface PageShare {
  title: string
  path: string
  query: string
}

/** A share of what the sharer's link leads to (event or product page), carrying their code. */
export const linkShare = (link: CampaignLink): PageShare => ({
  title: link.title,
  path: link.weappPath,
  query: link.timelineQuery,
})

/** A share of an event page: through the viewer's own link when they have one. */
export function eventShare(event: { id: string; title: string }, link?: CampaignLink): PageShare {
  if (link) return { ...linkShare(link), title: event.title }
  const query = `id=${encodeURIComponent(event.id)}`
  return { title: event.title, path: `${routes.event}?${query}`, query }
}
