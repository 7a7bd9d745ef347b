import type { Referral } from '@/contract/referrals'
import { apiClient } from '@/services/http/client'

/** The customer's referral requests, newest first. */
export async function getReferrals(): Promise<Referral[]> {
  const { items } = await apiClient.get<{ items: Referral[] }>('/referrals')
  return items
}

/** One referral request with its history. */
export function getReferral(referralId: string): Promise<Referral> {
  return apiClient.get<Referral>(`/referrals/${encodeURIComponent(referralId)}`)
}
