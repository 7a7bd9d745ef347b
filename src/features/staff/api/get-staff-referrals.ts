import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { staffKeys } from './query-keys'

/** Referrals assigned to the logged-in customer manager, customers' phones masked. */
export async function getStaffReferrals() {
  return (await callApi('listStaffReferrals')).items
}

/** The manager's referrals. */
export function useStaffReferrals() {
  return useBankQuery(staffKeys.referrals(), getStaffReferrals)
}
