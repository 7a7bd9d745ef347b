// Sample coupon batches of the alliance merchants, and the customer tags that targeted batches use.
// Dates are fixed (Beijing); all data fabricated.
import type { CouponCategory, CouponType, CustomerTag } from '../../src/contract/constants'

/** A sample batch. Times are Beijing wall-clock "YYYY-MM-DD HH:mm". */
export interface SeedCouponBatch {
  id: string
  merchantId: string
  type: CouponType
  category: CouponCategory
  title: string
  rules: string
  thresholdFen?: number
  discountFen?: number
  itemName?: string
  listPriceFen?: number
  claimStart: string
  claimEnd: string
  validity: { from: string; until: string } | { days: number }
  stock: number
  claimed?: number
  perUserLimit: number
  perDayStock?: number
  audience?: CustomerTag[]
  paused?: boolean
  createdAt: string
}

const OPEN = '2026-11-01 00:00'
const CLOSE = '2027-07-01 00:00' // exclusive: the last claim is at 23:59:59 on 06-30

export const SEED_COUPON_BATCHES: SeedCouponBatch[] = [
  {
    id: 'cb_dainan_100_20',
    merchantId: 'u_m0201',
    type: 'discount',
    category: 'supermarket',
    title: '好邻居超市满减券',
    rules: '单笔消费满100元可用，不与店内其他优惠同享，每单限用1张。',
    thresholdFen: 10_000,
    discountFen: 2_000,
    claimStart: OPEN,
    claimEnd: CLOSE,
    validity: { days: 30 },
    stock: 500,
    perUserLimit: 1,
    createdAt: '2026-11-01 08:00',
  },
  {
    id: 'cb_dainan_penny_eggs',
    merchantId: 'u_m0201',
    type: 'penny',
    category: 'supermarket',
    title: '1分购土鸡蛋',
    rules: '凭券1分钱购买土鸡蛋1盒（10枚），每日限量，先到先得。',
    itemName: '土鸡蛋1盒',
    listPriceFen: 1_280,
    claimStart: OPEN,
    claimEnd: CLOSE,
    validity: { days: 7 },
    stock: 300,
    perUserLimit: 1,
    perDayStock: 10,
    createdAt: '2026-11-05 08:00',
  },
  {
    id: 'cb_zhangguo_agri_500_50',
    merchantId: 'u_m0202',
    type: 'discount',
    category: 'agri',
    title: '种植大户农资券',
    rules: '购买化肥、种子、农药满500元可用；仅限种植大户领取。',
    thresholdFen: 50_000,
    discountFen: 5_000,
    claimStart: OPEN,
    claimEnd: '2027-04-01 00:00', // no later than its coupons can be used
    validity: { from: '2026-11-01', until: '2027-03-31' },
    stock: 200,
    perUserLimit: 2,
    audience: ['large-grower'],
    createdAt: '2026-11-03 08:00',
  },
  {
    id: 'cb_shagou_dining_200_30',
    merchantId: 'u_m0204',
    type: 'discount',
    category: 'dining',
    title: '湖鲜馆堂食券',
    rules: '堂食满200元可用，酒水除外，节假日通用。',
    thresholdFen: 20_000,
    discountFen: 3_000,
    claimStart: OPEN,
    claimEnd: CLOSE,
    validity: { days: 14 },
    stock: 100,
    perUserLimit: 1,
    createdAt: '2026-11-08 08:00',
  },
  {
    id: 'cb_zhaoyang_30_5',
    merchantId: 'u_m0203',
    type: 'discount',
    category: 'supermarket',
    title: '便利店满减券',
    rules: '满30元可用。',
    thresholdFen: 3_000,
    discountFen: 500,
    claimStart: OPEN,
    claimEnd: CLOSE,
    validity: { days: 7 },
    stock: 20,
    claimed: 20,
    perUserLimit: 1,
    createdAt: '2026-11-02 08:00',
  },
  {
    id: 'cb_anfeng_topup_500_30',
    merchantId: 'u_m0205',
    type: 'topup-rebate',
    category: 'supermarket',
    title: '粮油购物卡充返',
    rules: '充值购物卡500元返30元，返还金额充入购物卡。',
    thresholdFen: 50_000,
    discountFen: 3_000,
    claimStart: '2027-01-01 08:00',
    claimEnd: CLOSE,
    validity: { days: 30 },
    stock: 100,
    perUserLimit: 1,
    createdAt: '2026-11-10 08:00',
  },
  {
    id: 'cb_shagou_dining_100_15',
    merchantId: 'u_m0204',
    type: 'discount',
    category: 'dining',
    title: '湖鲜馆开业券',
    rules: '满100元可用。',
    thresholdFen: 10_000,
    discountFen: 1_500,
    claimStart: '2026-10-01 00:00',
    claimEnd: '2026-11-11 00:00',
    validity: { days: 7 },
    stock: 100,
    claimed: 64,
    perUserLimit: 1,
    createdAt: '2026-10-01 08:00',
  },
  {
    id: 'cb_dainan_50_5',
    merchantId: 'u_m0201',
    type: 'discount',
    category: 'supermarket',
    title: '好邻居超市小额券',
    rules: '满50元可用。',
    thresholdFen: 5_000,
    discountFen: 500,
    claimStart: OPEN,
    claimEnd: CLOSE,
    validity: { days: 7 },
    stock: 100,
    perUserLimit: 1,
    paused: true,
    createdAt: '2026-11-04 08:00',
  },
]

/** Tags the bank holds for sample customers (targeted batches use them). */
export const SEED_CUSTOMER_TAGS: { userId: string; tag: CustomerTag }[] = [
  { userId: 'u_c0001', tag: 'large-grower' },
  { userId: 'u_c0002', tag: 'social-security-card' },
  { userId: 'u_c0004', tag: 'sole-trader' },
]
