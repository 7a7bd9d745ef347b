import type { ReferralStatusUpdate } from '@/contract/referrals'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'

/** Moves a referral along (contacted, done or closed), with an optional note. */
export function updateReferralStatus(
  referralId: string,
  update: ReferralStatusUpdate,
  idempotencyKey: string,
) {
  return callApi('updateReferralStatus', { params: { id: referralId }, body: update }, { idempotencyKey })
}

/** Moves `referralId` along; the manager's list and the opened referral are read again. */
export function useUpdateReferralStatus(referralId: string) {
  return useBankMutation(
    (key, update: ReferralStatusUpdate) => updateReferralStatus(referralId, update, key),
    ['staff-referrals'],
  )
}
