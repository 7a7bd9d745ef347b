import type { BulletinPeriod, CampaignKind } from '@/contract/constants'

/**
 * Keys of the campaign reads. A link is the caller's own, so it is keyed by the user. Figures go
 * stale by time, not by anything this app does: pages read them again when shown or pulled.
 */
export const campaignKeys = {
  link: (kind: CampaignKind, targetId: string, userId: string) =>
    ['campaign', 'link', kind, targetId, userId] as const,
  links: (userId: string) => ['campaign', 'links', userId] as const,
  stats: (code: string, from: string, to: string) => ['campaign', 'stats', code, from, to] as const,
  people: (code: string) => ['campaign', 'people', code] as const,
  bulletin: (period: BulletinPeriod, date: string, userId: string) =>
    ['campaign', 'bulletin', period, date, userId] as const,
}
