// Deterministic sample data: seeding a new store, and restoring the seed (dev reset, npm run mock:reset).
// Bookings, referrals, messages and loan applications start empty; the mock credit bureau is seeded.
import { PRIVACY_VERSION, SUNSHINE_LOAN_PRODUCT } from '../../src/contract/constants'
import { maskName } from '../../src/utils/mask'
import type { Db } from '../store/db'
import { TABLES_CHILD_FIRST } from '../store/migrations'
import { SEED_BRANCHES } from './branches'
import { insertCatalogue } from './catalogue'
import { SEED_CREDIT_REPORTS } from './credit-reports'
import { SEED_HOLIDAYS } from './holidays'
import { SEED_CUSTOMERS, SEED_WHITELIST } from './households'
import { SEED_MERCHANTS, type SeedMerchant } from './merchants'
import { largeSampleBatches, largeSampleMerchants, type SampleSize } from './large-sample'
import { beijingInstant } from '../../src/utils/beijing-time'
import { SEED_CARDS } from './cards'
import { SEED_COUPON_BATCHES, SEED_CUSTOMER_TAGS, type SeedCouponBatch } from './coupons'
import { SEED_PROMO_CODES } from './promo-codes'
import { insertCampaign } from './campaign'
import { insertEvents } from './insert-events'
import { SEED_STAFF } from './staff'

/** Fixed creation time of seeded records, so the seed is the same on every run. */
export const SEED_TIME_MS = Date.parse('2026-01-01T08:00:00+08:00')

function insertUsers(db: Db): void {
  const user = db.prepare(
    `INSERT INTO users (id, role, phone, real_name, id_number, real_name_verified_at, display_name, privacy_version, privacy_accepted_at, created_at)
     VALUES (@id, @role, @phone, @name, @idNumber, @verifiedAt, @displayName, @privacy, @t, @t)`,
  )
  const base = {
    privacy: PRIVACY_VERSION,
    t: SEED_TIME_MS,
    name: null,
    idNumber: null,
    verifiedAt: null,
    displayName: null,
  }
  for (const c of SEED_CUSTOMERS) {
    user.run({
      ...base,
      id: c.userId,
      role: 'customer',
      phone: c.phone,
      name: c.name ?? null,
      idNumber: c.idNumber ?? null,
      verifiedAt: c.idNumber ? SEED_TIME_MS : null,
    })
  }
  const staff = db.prepare(
    'INSERT INTO staff (user_id, staff_code, title, town, branch_id) VALUES (?, ?, ?, ?, ?)',
  )
  for (const s of SEED_STAFF) {
    user.run({
      ...base,
      id: s.userId,
      role: 'staff',
      phone: s.phone,
      name: s.name,
      displayName: `客户经理 ${maskName(s.name)}`,
    })
    staff.run(s.userId, s.staffCode, '客户经理', s.town, s.branchId)
  }
  insertMerchants(db, SEED_MERCHANTS)
}

function insertMerchants(db: Db, merchants: SeedMerchant[]): void {
  const user = db.prepare(
    `INSERT INTO users (id, role, phone, display_name, privacy_version, privacy_accepted_at, created_at)
     VALUES (?, 'merchant', ?, ?, ?, ?, ?)`,
  )
  const merchant = db.prepare(
    `INSERT INTO merchants (user_id, shop_name, category, town, branch_id, address, lat, lng, shop_phone, hours_text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const m of merchants) {
    user.run(m.userId, m.phone, m.shopName, PRIVACY_VERSION, SEED_TIME_MS, SEED_TIME_MS)
    merchant.run(
      m.userId,
      m.shopName,
      m.category,
      m.town,
      m.branchId,
      m.address,
      m.lat,
      m.lng,
      m.shopPhone,
      m.hoursText,
    )
  }
}

/** Beijing wall-clock "YYYY-MM-DD HH:mm" as epoch ms. */
const beijingMs = (text: string) => beijingInstant(text.slice(0, 10), text.slice(11))

function insertBatches(db: Db, batches: SeedCouponBatch[]): void {
  const batch = db.prepare(
    `INSERT INTO coupon_batches (id, merchant_id, type, category, title, rules, threshold_fen, discount_fen, item_name,
       list_price_fen, claim_start, claim_end, valid_from, valid_until, valid_days, stock, claimed, per_user_limit,
       per_day_stock, audience, paused, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const b of batches) {
    const fixed = 'from' in b.validity ? b.validity : undefined
    batch.run(
      b.id,
      b.merchantId,
      b.type,
      b.category,
      b.title,
      b.rules,
      b.thresholdFen ?? null,
      b.discountFen ?? null,
      b.itemName ?? null,
      b.listPriceFen ?? null,
      beijingMs(b.claimStart),
      beijingMs(b.claimEnd),
      fixed?.from ?? null,
      fixed?.until ?? null,
      'days' in b.validity ? b.validity.days : null,
      b.stock,
      b.claimed ?? 0,
      b.perUserLimit,
      b.perDayStock ?? null,
      (b.audience ?? []).join(','),
      b.paused ? 1 : 0,
      beijingMs(b.createdAt),
    )
  }
}

function insertCoupons(db: Db, sample: SampleSize): void {
  insertBatches(db, SEED_COUPON_BATCHES)
  if (sample === 'large') {
    const merchants = largeSampleMerchants()
    insertMerchants(db, merchants)
    insertBatches(db, largeSampleBatches(merchants))
  }
  const tag = db.prepare('INSERT INTO customer_tags (user_id, tag) VALUES (?, ?)')
  for (const t of SEED_CUSTOMER_TAGS) tag.run(t.userId, t.tag)
}

function insertPromoCodes(db: Db): void {
  const code = db.prepare(
    'INSERT INTO promo_codes (code, merchant_id, expires_on, created_at) VALUES (?, ?, ?, ?)',
  )
  for (const p of SEED_PROMO_CODES) code.run(p.code, p.merchantId, p.expiresOn ?? null, SEED_TIME_MS)
}

/** Inserts the seed (the standard sample, or the large one for scrolling) into an empty store. */
export function seedDatabase(db: Db, sample: SampleSize = 'standard'): void {
  db.transaction(() => {
    const branch = db.prepare(
      'INSERT INTO branches (id, name, town, address, phone, lat, lng, opening_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    for (const b of SEED_BRANCHES)
      branch.run(b.id, b.name, b.town, b.address, b.phone, b.lat, b.lng, JSON.stringify(b.openingHours))
    const holiday = db.prepare('INSERT INTO holidays (date, name, is_workday) VALUES (?, ?, ?)')
    for (const h of SEED_HOLIDAYS) holiday.run(h.date, h.name, h.isWorkday ? 1 : 0)
    const household = db.prepare(
      `INSERT INTO whitelist (id_number, household_name, town, village, limit_fen, apr_min_bp, apr_max_bp, valid_until, product_name, phone)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const h of SEED_WHITELIST) {
      household.run(
        h.idNumber,
        h.name,
        h.town,
        h.village,
        h.limitFen,
        h.aprMinBp,
        h.aprMaxBp,
        h.validUntil,
        SUNSHINE_LOAN_PRODUCT,
        h.phone,
      )
    }
    const report = db.prepare(
      'INSERT INTO credit_reports (id_number, outstanding_debt_fen, overdue) VALUES (?, ?, ?)',
    )
    for (const r of SEED_CREDIT_REPORTS) report.run(r.idNumber, r.outstandingDebtFen, r.overdue ? 1 : 0)
    const card = db.prepare(
      'INSERT INTO card_holders (card_number, holder_name, holder_id_number, reserved_phone) VALUES (?, ?, ?, ?)',
    )
    for (const c of SEED_CARDS) card.run(c.cardNumber, c.holderName, c.holderIdNumber, c.reservedPhone)
    insertCatalogue(db)
    insertUsers(db)
    insertCoupons(db, sample)
    insertPromoCodes(db)
    insertEvents(db, SEED_TIME_MS)
    insertCampaign(db)
  })()
}

/** Empties every table and seeds again, in one transaction. */
export function resetDatabase(db: Db, sample: SampleSize = 'standard'): void {
  db.transaction(() => {
    for (const table of TABLES_CHILD_FIRST) db.prepare(`DELETE FROM ${table}`).run()
    db.prepare('DELETE FROM sqlite_sequence').run()
    seedDatabase(db, sample)
  }).immediate()
}
