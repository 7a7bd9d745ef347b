import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { merchantKeys } from './query-keys'

/** The merchant's own promo code: link, QR and visits. */
export function getMyPromoCode() {
  return callApi('getMyPromoCode')
}

/** The merchant's promo code; waits while `ready` is false (not logged in as a merchant yet). */
export function useMyPromoCode(ready: boolean) {
  return useBankQuery(ready ? merchantKeys.promoCode() : null, getMyPromoCode)
}
