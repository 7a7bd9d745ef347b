// Products and the towns served by a customer manager (read-only reference data).
import type { ProductCategory } from '../../../src/contract/constants'
import type { Product, Town } from '../../../src/contract/products'
import { maskName } from '../../../src/utils/mask'
import type { Db } from '../db'

interface ProductRow {
  id: string
  name: string
  category: ProductCategory
  summary: string
  features: string
  apr_min_bp: number | null
  apr_max_bp: number | null
  amount_max_fen: number | null
  term_text: string | null
}

function toProduct(row: ProductRow): Product {
  const product: Product = {
    id: row.id,
    name: row.name,
    category: row.category,
    summary: row.summary,
    features: JSON.parse(row.features) as string[],
  }
  if (row.apr_min_bp !== null) product.aprMinBp = row.apr_min_bp
  if (row.apr_max_bp !== null) product.aprMaxBp = row.apr_max_bp
  if (row.amount_max_fen !== null) product.amountMaxFen = row.amount_max_fen
  if (row.term_text !== null) product.termText = row.term_text
  return product
}

/** Every product, in display order. */
export function listProducts(db: Db): Product[] {
  return (db.prepare('SELECT * FROM products ORDER BY sort').all() as ProductRow[]).map(toProduct)
}

/** The product with this id, if any. */
export function findProduct(db: Db, id: string): Product | undefined {
  const row = db.prepare('SELECT * FROM products WHERE id = ?').get(id) as ProductRow | undefined
  return row && toProduct(row)
}

/** A town's customer manager (the one with the lowest staff code). */
export interface TownManager {
  userId: string
  name: string
  town: string
}

const MANAGERS_SQL = `SELECT s.user_id AS userId, u.real_name AS name, s.town AS town FROM staff s
  JOIN users u ON u.id = s.user_id
  WHERE s.staff_code = (SELECT MIN(staff_code) FROM staff WHERE town = s.town)`

/** Every town with a customer manager, in staff-code order. */
export function listTowns(db: Db): Town[] {
  const rows = db.prepare(`${MANAGERS_SQL} ORDER BY s.staff_code`).all() as TownManager[]
  return rows.map((m) => ({ name: m.town, managerNameMasked: maskName(m.name ?? '') }))
}

/** The customer manager of a town, if the town is served. */
export function findTownManager(db: Db, town: string): TownManager | undefined {
  return db.prepare(`${MANAGERS_SQL} AND s.town = ?`).get(town) as TownManager | undefined
}
