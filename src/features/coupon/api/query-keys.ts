import type { CouponCategory, CouponSort } from '@/contract/constants'
import type { GeoPoint } from '@/platform/location'

/** What the coupon list is narrowed and ordered by. */
export interface BatchFilters {
  category?: CouponCategory
  sort: CouponSort
  forYou: boolean
  /** The user's position, once they allowed it: distances on each card, and the nearest-first order. */
  near?: GeoPoint
}

/**
 * Keys of the coupon reads. Answers that say what the user holds carry the user's id, so a login
 * reads them again. 'coupons' (a batch, 我的券) and 'merchants' go stale with a claim; the scrolled
 * list ('coupon-list') is read again when its tab shows, not behind the claim.
 */
export const couponKeys = {
  batches: (f: BatchFilters, userId?: string) =>
    ['coupon-list', f.category, f.sort, f.forYou, f.near?.lat, f.near?.lng, userId] as const,
  batch: (batchId: string, userId?: string) => ['coupons', 'batch', batchId, userId] as const,
  mine: (state: MyCouponState) => ['coupons', 'mine', state] as const,
  merchants: (near?: GeoPoint) => ['merchants', near?.lat, near?.lng] as const,
  merchant: (merchantId: string, userId?: string) => ['merchants', merchantId, userId] as const,
}

/** A tab of 我的券. */
export type MyCouponState = 'usable' | 'used' | 'expired'

/** Domains a claim makes stale. */
export const CLAIM_CHANGES = ['coupons', 'merchants'] as const
