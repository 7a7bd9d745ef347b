import type { PreferredTime, ReferralStatus } from '@/contract/constants'

/** Chinese names of the contact times a customer can choose. */
export const preferredTimeLabels: Record<PreferredTime, string> = {
  morning: '上午（9:00–12:00）',
  afternoon: '下午（14:00–17:00）',
  evening: '晚上（18:00–20:00）',
  anytime: '任意时间',
}

/** Chinese names of referral statuses, in the order a referral moves through them. */
export const referralStatusLabels: Record<ReferralStatus, string> = {
  submitted: '已提交',
  assigned: '已分配',
  contacted: '已联系',
  done: '已办理',
  closed: '已关闭',
}

/** The steps shown on the timeline: the happy path, with 已关闭 replacing 已办理 when it was closed. */
export function timelineSteps(status: ReferralStatus): ReferralStatus[] {
  return ['submitted', 'assigned', 'contacted', status === 'closed' ? 'closed' : 'done']
}
