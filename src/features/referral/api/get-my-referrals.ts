import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { referralKeys } from './query-keys'

/** The customer's referral requests, newest first. */
export async function getMyReferrals() {
  return (await callApi('listReferrals')).items
}

/** The customer's referral requests. */
export function useMyReferrals() {
  return useBankQuery(referralKeys.referrals(), getMyReferrals)
}
