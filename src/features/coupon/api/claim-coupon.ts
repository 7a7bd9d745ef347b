import type { Coupon } from '@/contract/coupons'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { CLAIM_CHANGES, couponKeys } from './query-keys'

/** Claims one coupon of the batch; the key makes a retried tap answer the first claim. */
export function claimCoupon(batchId: string, idempotencyKey: string): Promise<Coupon> {
  return callApi('claimCoupon', { params: { id: batchId }, body: {} }, { idempotencyKey })
}

/**
 * Claims a coupon of `batchId` for `userId`, who held `held` of it: the batch page shows the answer's
 * batch at once, one more held; 我的券 and the merchant pages are read again.
 */
export function useClaimCoupon(batchId: string, userId: string | undefined) {
  return useBankMutation(
    (key, _held: number) => claimCoupon(batchId, key),
    CLAIM_CHANGES,
    (coupon, held) => [[couponKeys.batch(batchId, userId), { ...coupon.batch, claimedByMe: held + 1 }]],
  )
}
