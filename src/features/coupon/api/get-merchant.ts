import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { couponKeys } from './query-keys'

/** One merchant with its batches (what the logged-in customer holds of each). */
export function getMerchant(merchantId: string) {
  return callApi('getMerchant', { params: { id: merchantId } })
}

/** One merchant; waits without an id. */
export function useMerchant(merchantId: string | undefined, userId?: string) {
  return useBankQuery(merchantId ? couponKeys.merchant(merchantId, userId) : null, () =>
    getMerchant(merchantId!),
  )
}
