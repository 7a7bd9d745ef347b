import type { CreateReferralRequest, Referral } from '@/contract/referrals'
import { apiClient } from '@/services/http/client'

/** Asks the town's customer manager to contact the customer about a product. */
export function createReferral(input: CreateReferralRequest, idempotencyKey: string): Promise<Referral> {
  return apiClient.post<Referral>('/referrals', input, { idempotencyKey })
}
