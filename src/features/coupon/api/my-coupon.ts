import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'

/** One of the customer's coupons in full (its code while usable, its redemption once used). */
export function getMyCoupon(id: string) {
  return callApi('getMyCoupon', { params: { id } })
}

/** The coupon; read again when the page shows, so a coupon redeemed at the till turns 已使用. */
export function useMyCoupon(id: string) {
  return useBankQuery(['coupons', 'mine', id], () => getMyCoupon(id))
}

/** The QR token of a usable coupon, renewed every `refreshSeconds` while the page is visible. */
export function useRedeemToken(id: string, active: boolean, refreshSeconds: number) {
  return useBankQuery(
    active ? ['coupons', 'mine', id, 'token'] : null,
    () => callApi('getRedeemToken', { params: { id } }),
    { refreshMs: refreshSeconds * 1000 },
  )
}
