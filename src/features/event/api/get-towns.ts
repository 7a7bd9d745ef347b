import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'

/** The towns the bank serves, for the 活动 filter. */
export function useEventTowns() {
  return useBankQuery(['towns'], () => callApi('listTowns', {}))
}
