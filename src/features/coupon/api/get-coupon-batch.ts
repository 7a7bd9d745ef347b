import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { couponKeys } from './query-keys'

/** One batch, with what the logged-in customer holds of it. */
export function getCouponBatch(batchId: string) {
  return callApi('getCouponBatch', { params: { id: batchId } })
}

/** One batch; waits without an id. */
export function useCouponBatch(batchId: string | undefined, userId?: string) {
  return useBankQuery(batchId ? couponKeys.batch(batchId, userId) : null, () => getCouponBatch(batchId!))
}
