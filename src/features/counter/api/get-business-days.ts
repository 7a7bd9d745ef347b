import type { ServiceId } from '@/contract/constants'
import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { counterKeys } from './query-keys'

/** The next 7 days on which the branch offers the service. */
export async function getBusinessDays(branchId: string, serviceId: ServiceId) {
  return (await callApi('listBusinessDays', { params: { branchId }, query: { serviceId } })).days
}

/** The bookable days of one service at one branch. */
export function useBusinessDays(branchId: string, serviceId: ServiceId) {
  return useBankQuery(counterKeys.days(branchId, serviceId), () => getBusinessDays(branchId, serviceId))
}
