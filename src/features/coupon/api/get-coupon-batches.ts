import type { CouponBatch, CouponBatchPage } from '@/contract/coupons'
import { callApi } from '@/services/http/client'
import { usePagedQuery } from '@/services/query/use-paged-query'
import { couponKeys, type BatchFilters } from './query-keys'

/** Rows a page: small enough to draw at once on a cheap phone. */
export const BATCH_PAGE_SIZE = 20

/** One page of batches as filtered; distances when the position is known. */
export function getCouponBatches(filters: BatchFilters, cursor?: string) {
  const { category, sort, forYou, near } = filters
  return callApi('listCouponBatches', {
    query: {
      category,
      sort,
      forYou: forYou || undefined,
      lat: near?.lat,
      lng: near?.lng,
      cursor,
      limit: BATCH_PAGE_SIZE,
    },
  })
}

/** The coupon list, a page at a time as the user scrolls. */
export function useCouponBatches(filters: BatchFilters, userId?: string) {
  return usePagedQuery<CouponBatch, CouponBatchPage>(couponKeys.batches(filters, userId), (cursor) =>
    getCouponBatches(filters, cursor),
  )
}
