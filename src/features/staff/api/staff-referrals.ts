import type { ReferralStatusUpdate, StaffReferral, StaffReferralDetail } from '@/contract/referrals'
import { apiClient } from '@/services/http/client'

/** Referrals assigned to the logged-in customer manager, customers' phones masked. */
export async function getStaffReferrals(): Promise<StaffReferral[]> {
  const { items } = await apiClient.get<{ items: StaffReferral[] }>('/staff/referrals')
  return items
}

/** Opens one referral: the full phone number is revealed, and the opening is recorded. */
export function openStaffReferral(referralId: string): Promise<StaffReferralDetail> {
  return apiClient.get<StaffReferralDetail>(`/staff/referrals/${encodeURIComponent(referralId)}`)
}

/** Moves a referral along (contacted, done or closed), with an optional note. */
export function updateReferralStatus(
  referralId: string,
  update: ReferralStatusUpdate,
  idempotencyKey: string,
): Promise<StaffReferral> {
  return apiClient.post<StaffReferral>(`/staff/referrals/${encodeURIComponent(referralId)}/status`, update, {
    idempotencyKey,
  })
}
