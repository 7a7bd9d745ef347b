import type { ReferralStatus } from '@/contract/constants'

/** A step a manager can take on a referral. */
export interface ReferralAction {
  to: 'contacted' | 'done' | 'closed'
  label: string
}

/** What the manager may do next, as the bank allows: contact first, then done or closed. */
export function nextActions(status: ReferralStatus): ReferralAction[] {
  if (status === 'assigned' || status === 'submitted') {
    return [
      { to: 'contacted', label: '已联系客户' },
      { to: 'closed', label: '关闭（无需办理）' },
    ]
  }
  if (status === 'contacted') {
    return [
      { to: 'done', label: '已办理' },
      { to: 'closed', label: '关闭（未办理）' },
    ]
  }
  return []
}
