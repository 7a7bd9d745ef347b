import type { GeoPoint } from '@/platform/location'
import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { couponKeys } from './query-keys'

/** Alliance merchants, nearest first when the user's position is known. */
export async function getMerchants(near?: GeoPoint) {
  const query = near ? { lat: near.lat, lng: near.lng } : {}
  return (await callApi('listMerchants', { query })).items
}

/** The merchant list; waits while `ready` is false (the position is still being asked for). */
export function useMerchants(near: GeoPoint | undefined, ready: boolean) {
  return useBankQuery(ready ? couponKeys.merchants(near) : null, () => getMerchants(near))
}
