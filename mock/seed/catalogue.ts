// Seeds the service catalogue (with per-branch capacities) and the product list.
import type { Db } from '../store/db'
import { SEED_BRANCHES } from './branches'
import { SEED_PRODUCTS } from './products'
import { SEED_CAPACITY_OVERRIDES, SEED_SERVICES } from './services'

/** Inserts services, branch_services and products; branches must exist. */
export function insertCatalogue(db: Db): void {
  const service = db.prepare(
    `INSERT INTO services (id, name, description, bring, duration_minutes, needs_amount, min_amount_fen, max_amount_fen, amount_step_fen, notice_business_days, sort)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  SEED_SERVICES.forEach((s, i) => {
    const amount = s.needsAmount
    service.run(
      s.id,
      s.name,
      s.description,
      JSON.stringify(s.bring),
      s.durationMinutes,
      amount ? 1 : 0,
      amount?.minFen ?? null,
      amount?.maxFen ?? null,
      amount?.stepFen ?? null,
      s.noticeBusinessDays,
      i,
    )
  })
  const offer = db.prepare(
    'INSERT INTO branch_services (branch_id, service_id, capacity_per_slot) VALUES (?, ?, ?)',
  )
  for (const b of SEED_BRANCHES) {
    for (const s of SEED_SERVICES)
      offer.run(b.id, s.id, SEED_CAPACITY_OVERRIDES[b.id]?.[s.id] ?? s.capacityPerSlot)
  }
  const product = db.prepare(
    `INSERT INTO products (id, name, category, summary, features, apr_min_bp, apr_max_bp, amount_max_fen, term_text, sort)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  SEED_PRODUCTS.forEach((p, i) => {
    product.run(
      p.id,
      p.name,
      p.category,
      p.summary,
      JSON.stringify(p.features),
      p.aprMinBp ?? null,
      p.aprMaxBp ?? null,
      p.amountMaxFen ?? null,
      p.termText ?? null,
      i,
    )
  })
}
