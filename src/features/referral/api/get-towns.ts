import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { referralKeys } from './query-keys'

/** Towns the bank serves, each with its customer manager (masked). */
export async function getTowns() {
  return (await callApi('listTowns')).items
}

/** The towns and their managers. */
export function useTowns() {
  return useBankQuery(referralKeys.towns(), getTowns)
}
