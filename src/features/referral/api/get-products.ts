import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { referralKeys } from './query-keys'

/** The bank's products that a customer manager can arrange. */
export async function getProducts() {
  return (await callApi('listProducts')).items
}

/** The product catalogue. */
export function useProducts() {
  return useBankQuery(referralKeys.products(), getProducts)
}
