// Builds the masked `Me` view of a user; the only way user data leaves the store.
import { SUNSHINE_LOAN_PRODUCT } from '../../../src/contract/constants'
import type { Me, PreApproval } from '../../../src/contract/me'
import { beijingDate } from '../../../src/utils/beijing-time'
import { maskIdNumber, maskName, maskPhone } from '../../../src/utils/mask'
import type { Db } from '../db'
import type { UserRow } from './users'

interface WhitelistRow {
  limit_fen: number
  apr_min_bp: number
  apr_max_bp: number
  valid_until: string
  product_name: string
}

/**
 * The pre-approval of the household whose ID number AND name the user bound. Both must match the
 * village assessment's record: an ID number alone (a neighbour's, say) reveals nothing. A pre-approval
 * past its validUntil (Beijing date) is no longer offered, shown or used as a cap.
 */
export function findPreApproval(
  db: Db,
  idNumber: string | null,
  name: string | null,
  nowMs: number,
): PreApproval | null {
  if (!idNumber || !name) return null
  const row = db
    .prepare('SELECT * FROM whitelist WHERE id_number = ? AND household_name = ?')
    .get(idNumber, name) as WhitelistRow | undefined
  if (!row || row.valid_until < beijingDate(nowMs)) return null
  return {
    limitFen: row.limit_fen,
    aprMinBp: row.apr_min_bp,
    aprMaxBp: row.apr_max_bp,
    validUntil: row.valid_until,
    productName: row.product_name || SUNSHINE_LOAN_PRODUCT,
  }
}

/** The masked view of a user. */
export function toMe(db: Db, user: UserRow, nowMs: number): Me {
  const me: Me = {
    id: user.id,
    role: user.role,
    phoneMasked: maskPhone(user.phone),
    realNameVerified: Boolean(user.id_number && user.real_name_verified_at),
    preApproval: findPreApproval(db, user.id_number, user.real_name, nowMs),
  }
  if (user.real_name) me.nameMasked = maskName(user.real_name)
  if (user.id_number) me.idNumberMasked = maskIdNumber(user.id_number)
  if (user.display_name) me.displayName = user.display_name
  return me
}
