import type { ServiceId } from '@/contract/constants'
import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { counterKeys } from './query-keys'

/** The half-hour slots of one day, with places left. */
export async function getSlots(branchId: string, serviceId: ServiceId, date: string) {
  return (await callApi('listSlots', { params: { branchId }, query: { serviceId, date } })).slots
}

/** The slots of one day; waits until a day is chosen. */
export function useSlots(branchId: string, serviceId: ServiceId, date: string | undefined) {
  return useBankQuery(date ? counterKeys.slots(branchId, serviceId, date) : null, () =>
    getSlots(branchId, serviceId, date!),
  )
}
