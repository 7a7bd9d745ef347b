// The two sides of a coupon as each shows the other: the merchant's shop name, the owner masked.
import { maskName, maskPhone } from '../../../src/utils/mask'
import { findUserById } from '../auth/users'
import type { Db } from '../db'

/** The merchant's shop name. */
export function shopNameOf(db: Db, merchantId: string): string {
  const row = db.prepare('SELECT shop_name FROM merchants WHERE user_id = ?').get(merchantId) as
    { shop_name: string } | undefined
  return row?.shop_name ?? '商户'
}

/** The owner as the till sees them: 王*国, or 139****0001 before they are real-named. */
export function ownerMasked(db: Db, userId: string): string {
  const user = findUserById(db, userId)
  if (!user) return '*'
  return user.real_name ? maskName(user.real_name) : maskPhone(user.phone)
}
