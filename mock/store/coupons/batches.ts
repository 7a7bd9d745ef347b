// Coupon batches: rows, their state on the bank's clock, the rule in words, and the list a customer
// browses (by category, newest, ending soon or nearest; "for you" by the customer's tags).
import type {
  CouponBatchState,
  CouponCategory,
  CouponSort,
  CouponType,
  CustomerTag,
} from '../../../src/contract/constants'
import type { CouponBatch } from '../../../src/contract/coupons'
import { beijingDate, toBeijingIso } from '../../../src/utils/beijing-time'
import { distanceMeters } from '../../../src/utils/geo'
import { formatFenShort } from '../../../src/utils/money'
import type { Db } from '../db'

/** A coupon_batches row. */
export interface CouponBatchRow {
  id: string
  merchant_id: string
  type: CouponType
  category: CouponCategory
  title: string
  rules: string
  threshold_fen: number | null
  discount_fen: number | null
  item_name: string | null
  list_price_fen: number | null
  claim_start: number
  claim_end: number
  valid_from: string | null
  valid_until: string | null
  valid_days: number | null
  stock: number
  claimed: number
  per_user_limit: number
  per_day_stock: number | null
  /** Comma-separated customer tags; empty for everyone. */
  audience: string
  paused: number
  created_at: number
}

interface MerchantRow {
  user_id: string
  shop_name: string
  town: string
  address: string
  lat: number
  lng: number
}

/** The batch with this id, if any. */
export function findBatch(db: Db, id: string): CouponBatchRow | undefined {
  return db.prepare('SELECT * FROM coupon_batches WHERE id = ?').get(id) as CouponBatchRow | undefined
}

/** The batch's target tags (none: everyone). */
export const audienceOf = (batch: Pick<CouponBatchRow, 'audience'>) =>
  (batch.audience ? batch.audience.split(',') : []) as CustomerTag[]

/** The customer's tags on the bank's record. */
export function tagsOf(db: Db, userId: string): CustomerTag[] {
  return (
    db.prepare('SELECT tag FROM customer_tags WHERE user_id = ?').all(userId) as { tag: CustomerTag }[]
  ).map((row) => row.tag)
}

/** How many of today's (Beijing) share of the batch were claimed. */
export function claimedToday(db: Db, batchId: string, nowMs: number): number {
  const row = db
    .prepare('SELECT claimed FROM coupon_batch_days WHERE batch_id = ? AND date = ?')
    .get(batchId, beijingDate(nowMs)) as { claimed: number } | undefined
  return row?.claimed ?? 0
}

/** 已暂停, 未开始, 已结束, 已抢光 or 进行中, in that order. */
export function batchState(batch: CouponBatchRow, nowMs: number): CouponBatchState {
  if (batch.paused) return 'paused'
  if (nowMs < batch.claim_start) return 'upcoming'
  if (nowMs >= batch.claim_end) return 'ended'
  if (batch.claimed >= batch.stock) return 'sold-out'
  return 'active'
}

/** The rule in words: "满100减20", "1分购 土鸡蛋1盒", "充500返30". */
export function ruleTextOf(batch: CouponBatchRow): string {
  switch (batch.type) {
    case 'discount':
      return `满${formatFenShort(batch.threshold_fen ?? 0)}减${formatFenShort(batch.discount_fen ?? 0)}`
    case 'penny':
      return `1分购 ${batch.item_name ?? ''}`.trim()
    case 'topup-rebate':
      return `充${formatFenShort(batch.threshold_fen ?? 0)}返${formatFenShort(batch.discount_fen ?? 0)}`
  }
}

/** What a batch view needs besides the row. */
export interface BatchViewContext {
  nowMs: number
  /** The logged-in customer, for claimedByMe. */
  customerId?: string
  from?: { lat: number; lng: number }
}

/** The batch as a customer sees it. */
export function toBatchView(db: Db, batch: CouponBatchRow, ctx: BatchViewContext): CouponBatch {
  const merchant = db
    .prepare('SELECT user_id, shop_name, town, address, lat, lng FROM merchants WHERE user_id = ?')
    .get(batch.merchant_id) as MerchantRow
  const view: CouponBatch = {
    id: batch.id,
    merchant: {
      id: merchant.user_id,
      shopName: merchant.shop_name,
      town: merchant.town,
      address: merchant.address,
      lat: merchant.lat,
      lng: merchant.lng,
    },
    type: batch.type,
    category: batch.category,
    title: batch.title,
    ruleText: ruleTextOf(batch),
    rules: batch.rules,
    claimStart: toBeijingIso(batch.claim_start),
    claimEnd: toBeijingIso(batch.claim_end),
    validity:
      batch.valid_days !== null
        ? { kind: 'days', days: batch.valid_days }
        : { kind: 'fixed', from: batch.valid_from!, until: batch.valid_until! },
    stock: batch.stock,
    left: batch.stock - batch.claimed,
    perUserLimit: batch.per_user_limit,
    leftToday:
      batch.per_day_stock === null
        ? null
        : Math.max(
            0,
            Math.min(
              batch.per_day_stock - claimedToday(db, batch.id, ctx.nowMs),
              batch.stock - batch.claimed,
            ),
          ),
    audience: audienceOf(batch),
    state: batchState(batch, ctx.nowMs),
  }
  if (batch.threshold_fen !== null) view.thresholdFen = batch.threshold_fen
  if (batch.discount_fen !== null) view.discountFen = batch.discount_fen
  if (ctx.from) view.merchant.distanceMeters = Math.round(distanceMeters(ctx.from, merchant))
  if (ctx.customerId) {
    view.claimedByMe = heldBy(db, batch.id, ctx.customerId)
    const audience = audienceOf(batch)
    const tags = audience.length ? tagsOf(db, ctx.customerId) : []
    view.forMe = audience.length === 0 || tags.some((tag) => audience.includes(tag))
  }
  return view
}

/** How many coupons of the batch the customer holds (void ones aside). */
export function heldBy(db: Db, batchId: string, customerId: string): number {
  return (
    db
      .prepare('SELECT COUNT(*) AS n FROM coupons WHERE batch_id = ? AND owner_id = ? AND voided_at IS NULL')
      .get(batchId, customerId) as { n: number }
  ).n
}

/** What the list asks. */
export interface BatchListQuery {
  category?: CouponCategory
  sort?: CouponSort
  from?: { lat: number; lng: number }
  /** Only batches aimed at these tags (为你推荐). */
  forTags?: CustomerTag[]
  offset: number
  limit: number
}

/**
 * Batches still to claim or about to open (ended ones drop out), in the asked order: newest, ending
 * soon, or nearest. Answers one page and whether another follows.
 */
export function listBatches(
  db: Db,
  query: BatchListQuery,
  nowMs: number,
): { rows: CouponBatchRow[]; more: boolean } {
  const params: unknown[] = [nowMs]
  let where = 'claim_end > ?'
  if (query.category) {
    where += ' AND category = ?'
    params.push(query.category)
  }
  // Only the sort keys of every candidate are read; whole rows only for the page shown.
  let keys = db
    .prepare(`SELECT id, merchant_id, claim_end, created_at, audience FROM coupon_batches WHERE ${where}`)
    .all(...params) as SortKeys[]
  if (query.forTags) {
    const tags = new Set(query.forTags)
    keys = keys.filter((row) => audienceOf(row).some((tag) => tags.has(tag)))
  }
  const byId = (a: SortKeys, b: SortKeys) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const sort = query.sort ?? 'newest'
  if (sort === 'distance' && query.from) {
    const from = query.from
    const away = new Map(
      (db.prepare('SELECT user_id, lat, lng FROM merchants').all() as MerchantRow[]).map((m) => [
        m.user_id,
        distanceMeters(from, m),
      ]),
    )
    keys.sort((a, b) => away.get(a.merchant_id)! - away.get(b.merchant_id)! || byId(a, b))
  } else if (sort === 'ending') {
    keys.sort((a, b) => a.claim_end - b.claim_end || byId(a, b))
  } else {
    keys.sort((a, b) => b.created_at - a.created_at || byId(a, b))
  }
  const page = keys.slice(query.offset, query.offset + query.limit)
  const full = db.prepare('SELECT * FROM coupon_batches WHERE id = ?')
  return {
    rows: page.map((key) => full.get(key.id) as CouponBatchRow),
    more: query.offset + query.limit < keys.length,
  }
}

/** The columns the list sorts and filters on. */
type SortKeys = Pick<CouponBatchRow, 'id' | 'merchant_id' | 'claim_end' | 'created_at' | 'audience'>
