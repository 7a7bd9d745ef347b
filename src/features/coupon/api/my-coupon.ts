import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'

/** One of the customer's coupons in full (its code while usable, its redemption once used). */
export function getMyCoupon(id: string) {
  return callApi('getMyCoupon', { params: { id } })
}

/** How often a usable coupon on screen is read again, so the till's redemption shows within seconds. */
const WATCH_USABLE_MS = 5_000

/** The coupon; while usable it is read again every few seconds, so a redemption at the till shows. */
export function useMyCoupon(id: string) {
  return useBankQuery(['coupons', 'mine', id], () => getMyCoupon(id), {
    refreshMs: (coupon) => (coupon?.state === 'usable' ? WATCH_USABLE_MS : 0),
  })
}

/** The QR token of a usable coupon, renewed every `refreshSeconds` while the page is visible. */
export function useRedeemToken(id: string, active: boolean, refreshSeconds: number) {
  return useBankQuery(
    active ? ['coupons', 'mine', id, 'token'] : null,
    () => callApi('getRedeemToken', { params: { id } }),
    { refreshMs: refreshSeconds * 1000 },
  )
}
