import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { referralKeys } from './query-keys'

/** One referral request with its history. */
export function getReferral(referralId: string) {
  return callApi('getReferral', { params: { id: referralId } })
}

/** One referral request; waits without an id. */
export function useReferral(referralId: string | undefined) {
  return useBankQuery(referralId ? referralKeys.referral(referralId) : null, () => getReferral(referralId!))
}
