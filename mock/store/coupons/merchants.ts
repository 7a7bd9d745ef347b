// Alliance merchants as customers find them: the list (nearest first when a position is given) and
// one merchant's page with its batches still to claim or about to open.
import type { Merchant, MerchantDetail } from '../../../src/contract/merchants'
import { distanceMeters } from '../../../src/utils/geo'
import type { Db } from '../db'
import { toBatchView, type CouponBatchRow } from './batches'

interface MerchantRow {
  user_id: string
  shop_name: string
  category: string
  town: string
  address: string
  lat: number
  lng: number
  shop_phone: string
  hours_text: string
  active_batches: number
}

/** Merchants with the count of their batches whose claim window has not closed, paused ones aside. */
const SELECT_MERCHANTS = `
  SELECT m.user_id, m.shop_name, m.category, m.town, m.address, m.lat, m.lng, m.shop_phone, m.hours_text,
    (SELECT COUNT(*) FROM coupon_batches b WHERE b.merchant_id = m.user_id AND b.claim_end > @now AND b.paused = 0)
      AS active_batches
  FROM merchants m`

function toMerchantView(row: MerchantRow, from?: { lat: number; lng: number }): Merchant {
  const view: Merchant = {
    id: row.user_id,
    shopName: row.shop_name,
    category: row.category,
    town: row.town,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    phone: row.shop_phone,
    hoursText: row.hours_text,
    activeBatches: row.active_batches,
  }
  if (from) view.distanceMeters = distanceMeters(from, row)
  return view
}

/** Every merchant: nearest first from `from`, else by town and name. */
export function listMerchants(db: Db, nowMs: number, from?: { lat: number; lng: number }): Merchant[] {
  const rows = db
    .prepare(`${SELECT_MERCHANTS} ORDER BY m.town, m.shop_name, m.user_id`)
    .all({ now: nowMs }) as MerchantRow[]
  const views = rows.map((row) => toMerchantView(row, from))
  if (from) views.sort((a, b) => a.distanceMeters! - b.distanceMeters! || a.id.localeCompare(b.id))
  return views
}

/** One merchant with its open and upcoming batches (newest first); undefined when unknown. */
export function findMerchantDetail(
  db: Db,
  merchantId: string,
  ctx: { nowMs: number; customerId?: string; from?: { lat: number; lng: number } },
): MerchantDetail | undefined {
  const row = db
    .prepare(`${SELECT_MERCHANTS} WHERE m.user_id = @id`)
    .get({ now: ctx.nowMs, id: merchantId }) as MerchantRow | undefined
  if (!row) return undefined
  const batches = db
    .prepare(
      'SELECT * FROM coupon_batches WHERE merchant_id = ? AND claim_end > ? ORDER BY created_at DESC, id',
    )
    .all(merchantId, ctx.nowMs) as CouponBatchRow[]
  return { ...toMerchantView(row, ctx.from), batches: batches.map((batch) => toBatchView(db, batch, ctx)) }
}
