import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { couponKeys, type MyCouponState } from './query-keys'

/** The customer's coupons of one state, with the count of each state. */
export function getMyCoupons(state: MyCouponState) {
  return callApi('listMyCoupons', { query: { state } })
}

/** 我的券 of one state; waits while `enabled` is false (nobody logged in). */
export function useMyCoupons(state: MyCouponState, enabled = true) {
  return useBankQuery(enabled ? couponKeys.mine(state) : null, () => getMyCoupons(state))
}
