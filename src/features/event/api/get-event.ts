import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { eventKeys } from './query-keys'

/** One event in full, with the logged-in customer's own sign-up. */
export function getEvent(id: string) {
  return callApi('getEvent', { params: { id } })
}

/** One event; waits without an id. */
export function useEvent(id: string | undefined, userId?: string) {
  return useBankQuery(id ? eventKeys.event(id, userId) : null, () => getEvent(id!))
}
