// The referrals row, shared by the table's functions and the messages they send.
import type { PreferredTime, ReferralStatus } from '../../../src/contract/constants'

/** A referrals row. */
export interface ReferralRow {
  id: string
  customer_id: string
  product_id: string
  town: string
  preferred_time: PreferredTime
  note: string | null
  status: ReferralStatus
  manager_id: string
  created_at: number
  opened_at: number | null
}
