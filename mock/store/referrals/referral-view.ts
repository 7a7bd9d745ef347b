// Builds the Referral views: the customer's, and the manager's with the customer's (masked) contact.
import type { ReferralStatus } from '../../../src/contract/constants'
import type { Referral, StaffReferral, StaffReferralDetail } from '../../../src/contract/referrals'
import { maskName, maskPhone } from '../../../src/utils/mask'
import type { Db } from '../db'
import type { ReferralRow } from './referrals'
import { findUserById } from '../auth/users'
import { applicationOfReferral } from '../merchants/applications'

const iso = (ms: number) => new Date(ms).toISOString()

/** The customer's view of a referral. */
export function toReferralView(db: Db, row: ReferralRow): Referral {
  const product = db.prepare('SELECT id, name FROM products WHERE id = ?').get(row.product_id) as {
    id: string
    name: string
  }
  const manager = findUserById(db, row.manager_id)
  const events = db
    .prepare('SELECT status, at, note FROM referral_events WHERE referral_id = ? ORDER BY seq')
    .all(row.id) as { status: ReferralStatus; at: number; note: string | null }[]
  const view: Referral = {
    id: row.id,
    product,
    town: row.town,
    preferredTime: row.preferred_time,
    status: row.status,
    manager: { nameMasked: maskName(manager?.real_name ?? ''), title: '客户经理' },
    history: events.map((e) =>
      e.note ? { status: e.status, at: iso(e.at), note: e.note } : { status: e.status, at: iso(e.at) },
    ),
    createdAt: iso(row.created_at),
  }
  if (row.note !== null) view.note = row.note
  const application = applicationOfReferral(db, row.id)
  if (application) view.merchantApplication = application
  return view
}

/** The manager's list view: adds the customer's masked phone and name, and when it was opened. */
export function toStaffReferralView(db: Db, row: ReferralRow): StaffReferral {
  const customer = findUserById(db, row.customer_id)!
  const view: StaffReferral = { ...toReferralView(db, row), customerPhoneMasked: maskPhone(customer.phone) }
  if (customer.real_name) view.customerNameMasked = maskName(customer.real_name)
  if (row.opened_at !== null) view.openedAt = iso(row.opened_at)
  // The shop's contact number, like the customer's, is shown in full only when the referral is opened.
  if (view.merchantApplication) {
    view.merchantApplication = {
      ...view.merchantApplication,
      contactPhone: maskPhone(view.merchantApplication.contactPhone),
    }
  }
  return view
}

/** The manager's opened view: adds the full phone number, to call the customer. */
export function toStaffReferralDetail(db: Db, row: ReferralRow): StaffReferralDetail {
  const detail: StaffReferralDetail = {
    ...toStaffReferralView(db, row),
    customerPhone: findUserById(db, row.customer_id)!.phone,
  }
  const application = applicationOfReferral(db, row.id)
  if (application) detail.merchantApplication = application
  return detail
}
