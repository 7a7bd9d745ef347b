import type { CouponLookupRequest, RedeemRequest } from '@/contract/redemptions'
import { callApi } from '@/services/http/client'
import { useAction } from '@/services/http/use-action'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { useBankQuery } from '@/services/query/use-bank-query'
import { merchantKeys } from './query-keys'

/** The coupon a scanned QR or typed code names, with a ticket to redeem it. */
export function lookupCoupon(body: CouponLookupRequest) {
  return callApi('lookupCoupon', { body })
}

const lookup = (_key: string, body: CouponLookupRequest) => lookupCoupon(body)

/** Looks a coupon up: a read that changes nothing the app shows (wrong typed codes count at the bank). */
export function useLookupCoupon() {
  return useAction(lookup)
}

const STALE = ['redemptions']

/** Redeems the coupon a ticket names; the request number makes a retry answer the first result. */
export function redeemCoupon(body: RedeemRequest, idempotencyKey: string) {
  return callApi('redeemCoupon', { body }, { idempotencyKey })
}

/** Redeems, then the day's totals and statements are read again. */
export function useRedeemCoupon() {
  return useBankMutation((key, body: RedeemRequest) => redeemCoupon(body, key), STALE)
}

/** Gives a redemption of today back to the customer. */
export function reverseRedemption(id: string, idempotencyKey: string) {
  return callApi('reverseRedemption', { params: { id }, body: {} }, { idempotencyKey })
}

/** Reverses, then totals and statements are read again. */
export function useReverseRedemption() {
  return useBankMutation((key, id: string) => reverseRedemption(id, key), STALE)
}

/** The last 30 days with redemptions, newest first. */
export function useRedemptionDays() {
  return useBankQuery(merchantKeys.days(), () => callApi('listRedemptionDays'))
}

/** One day's statement. */
export function useStatement(date: string | undefined) {
  return useBankQuery(date ? merchantKeys.statement(date) : null, () =>
    callApi('getStatement', { params: { date: date! } }),
  )
}
