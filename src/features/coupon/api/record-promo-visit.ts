import type { PromoVisitVia } from '@/contract/constants'
import { callApi } from '@/services/http/client'

/** Counts a visit through a promo code (once a day per visitor, by the bank) and answers its merchant. */
export async function recordPromoVisit(code: string, via: PromoVisitVia) {
  return (await callApi('recordPromoVisit', { params: { code }, body: { via } })).merchant
}
