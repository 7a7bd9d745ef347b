import type { CampaignKind } from '@/contract/constants'
import type { Me } from '@/contract/me'
import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { campaignKeys } from './query-keys'

/** Who may hold a link: staff for any event or product, a customer for an event they signed up for. */
const canShareWithCode = (user: Me | undefined) => user?.role === 'staff' || user?.role === 'customer'

function getCampaignLink(role: Me['role'], kind: CampaignKind, targetId: string) {
  const body = { kind, targetId }
  return role === 'staff' ? callApi('getStaffCampaignLink', { body }) : callApi('getMyCampaignLink', { body })
}

/**
 * The caller's own link for an event or product, issued on first ask (the bank answers the same
 * code every time). Waits while `enabled` is false, e.g. for a customer who has not signed up yet.
 */
export function useCampaignLink(
  user: Me | undefined,
  kind: CampaignKind,
  targetId: string | undefined,
  enabled = true,
) {
  const key =
    enabled && user && targetId && canShareWithCode(user) ? campaignKeys.link(kind, targetId, user.id) : null
  return useBankQuery(key, () => getCampaignLink(user!.role, kind, targetId!))
}
