// The "large" sample (MOCK_SAMPLE=large): ~40 more merchants near the branches and 1,000 batches over
// every category, type and state, so the coupon list can be scrolled through. Deterministic: the same
// PRNG seed gives the same rows on every run. All data fabricated.
import {
  COUPON_CATEGORIES,
  CUSTOMER_TAGS,
  type CouponCategory,
  type CustomerTag,
} from '../../src/contract/constants'
import { SEED_BRANCHES } from './branches'
import type { SeedCouponBatch } from './coupons'
import type { SeedMerchant } from './merchants'

/** Which sample the store is seeded with. */
export type SampleSize = 'standard' | 'large'

/** The sample MOCK_SAMPLE names (anything but "large" is the standard one). */
export function sampleFromEnv(value: string | undefined): SampleSize {
  return value === 'large' ? 'large' : 'standard'
}

export const LARGE_MERCHANT_COUNT = 40
export const LARGE_BATCH_COUNT = 1000

/** mulberry32: a small, fast, deterministic PRNG in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SHOP_KINDS: Record<CouponCategory, { names: string[]; label: string; hours: string[] }> = {
  dining: { names: ['面馆', '小吃店', '鱼汤馆', '农家菜馆'], label: '餐饮', hours: ['每天 10:00–21:00'] },
  supermarket: { names: ['超市', '便利店', '百货店'], label: '超市', hours: ['每天 07:00–22:00'] },
  agri: { names: ['农资店', '种子站', '农机配件店'], label: '农资', hours: ['每天 07:30–18:00'] },
  fuel: { names: ['加油站'], label: '加油', hours: ['全天24小时营业'] },
  pharmacy: { names: ['大药房', '药店'], label: '药店', hours: ['每天 08:00–21:00'] },
}
const SHOP_PREFIXES = ['兴旺', '丰收', '惠民', '德顺', '好邻居', '乡亲', '福满', '众乐', '新河', '永安']
const ITEMS = ['土鸡蛋1盒', '大米5斤', '菜籽油1桶', '洗衣液1瓶', '酱油1瓶', '挂面2斤']

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]
const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** Merchants within about 1 km of the branches, round-robin over them. */
export function largeSampleMerchants(): (SeedMerchant & { categoryCode: CouponCategory })[] {
  const random = prng(11)
  return Array.from({ length: LARGE_MERCHANT_COUNT }, (_, i) => {
    const branch = SEED_BRANCHES[i % SEED_BRANCHES.length]
    const categoryCode = COUPON_CATEGORIES[i % COUPON_CATEGORIES.length]
    const kind = SHOP_KINDS[categoryCode]
    const number = pad(i + 1, 2)
    return {
      userId: `u_mx${pad(i + 1, 3)}`,
      phone: `139000030${number}`,
      shopName: `${branch.town.replace(/(镇|街道)$/, '')}${pick(random, SHOP_PREFIXES)}${pick(random, kind.names)}（示例）`,
      category: kind.label,
      categoryCode,
      town: branch.town,
      branchId: branch.id,
      address: `兴化市${branch.town}示例路 ${10 + i} 号（示例地址）`,
      // ±0.008° is under a kilometre either way at this latitude.
      lat: Math.round((branch.lat + (random() - 0.5) * 0.016) * 1e4) / 1e4,
      lng: Math.round((branch.lng + (random() - 0.5) * 0.016) * 1e4) / 1e4,
      shopPhone: `0523-8390${pad(i + 1, 4)}`,
      hoursText: pick(random, kind.hours),
    }
  })
}

type State = 'active' | 'upcoming' | 'ended' | 'sold-out' | 'paused'
const STATE_WEIGHTS: [State, number][] = [
  ['active', 0.7],
  ['upcoming', 0.1],
  ['sold-out', 0.1],
  ['paused', 0.05],
  ['ended', 0.05],
]

function pickState(random: () => number): State {
  let roll = random()
  for (const [state, weight] of STATE_WEIGHTS) {
    if (roll < weight) return state
    roll -= weight
  }
  return 'active'
}

/** 1,000 batches of the large-sample merchants, every category, type and state. */
export function largeSampleBatches(merchants: ReturnType<typeof largeSampleMerchants>): SeedCouponBatch[] {
  const random = prng(2026)
  return Array.from({ length: LARGE_BATCH_COUNT }, (_, i): SeedCouponBatch => {
    const merchant = merchants[i % merchants.length]
    const state = pickState(random)
    const kind = random()
    const stock = 20 + Math.floor(random() * 50) * 10
    const day = pad(1 + (i % 28), 2)
    const base = {
      id: `cb_lg_${pad(i + 1, 4)}`,
      merchantId: merchant.userId,
      category: merchant.categoryCode,
      rules: '示例券：单笔消费可用1张，不与店内其他优惠同享。',
      claimStart: state === 'upcoming' ? `2027-0${1 + (i % 6)}-${day} 08:00` : '2026-10-01 00:00',
      claimEnd: state === 'ended' ? `2026-11-${pad(1 + (i % 10), 2)} 00:00` : '2027-07-01 00:00',
      validity: { days: 7 + (i % 4) * 7 },
      stock,
      claimed: state === 'sold-out' ? stock : Math.floor(random() * stock * 0.9),
      perUserLimit: 1 + (i % 3 === 0 ? 1 : 0),
      perDayStock: i % 10 === 0 ? 20 : undefined,
      audience: i % 25 === 0 ? ([pick(random, CUSTOMER_TAGS)] as CustomerTag[]) : undefined,
      paused: state === 'paused',
      // Spread over October and November, so "newest" has an order to show.
      createdAt: `2026-1${i % 2}-${day} ${pad(8 + (i % 12), 2)}:${pad(i % 60, 2)}`,
    }
    if (kind < 0.7) {
      const threshold = (2 + Math.floor(random() * 20)) * 1000
      return {
        ...base,
        type: 'discount',
        title: `${merchant.shopName.replace(/（示例）$/, '')}满减券`,
        thresholdFen: threshold,
        discountFen: Math.max(200, Math.round((threshold * (0.05 + random() * 0.15)) / 100) * 100),
      }
    }
    if (kind < 0.85) {
      return {
        ...base,
        type: 'penny',
        title: '1分购',
        itemName: pick(random, ITEMS),
        listPriceFen: 990 + Math.floor(random() * 20) * 100,
      }
    }
    const topUp = (2 + Math.floor(random() * 8)) * 10_000
    return {
      ...base,
      type: 'topup-rebate',
      title: '购物卡充返',
      thresholdFen: topUp,
      discountFen: topUp / 20,
    }
  })
}
