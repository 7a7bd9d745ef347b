// Chinese names of merchant categories, for the bank's texts and the app's labels alike.
import type { CouponCategory } from '../contract/constants'

/** 餐饮, 超市, 农资, 加油, 药店. */
export const COUPON_CATEGORY_NAMES: Readonly<Record<CouponCategory, string>> = {
  dining: '餐饮',
  supermarket: '超市',
  agri: '农资',
  fuel: '加油',
  pharmacy: '药店',
}
