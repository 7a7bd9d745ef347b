import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { staffKeys } from './query-keys'

/** Opens one referral: the full phone number is revealed, and the opening is recorded. */
export function openStaffReferral(referralId: string) {
  return callApi('openStaffReferral', { params: { id: referralId } })
}

/** One opened referral. */
export function useStaffReferral(referralId: string) {
  return useBankQuery(staffKeys.referral(referralId), () => openStaffReferral(referralId))
}
