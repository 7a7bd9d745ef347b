import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import type { GeoPoint } from '@/platform/location'
import { counterKeys } from './query-keys'

/** Branches, nearest first when the user's position is known. */
export async function getBranches(near?: GeoPoint) {
  const query = near ? { lat: near.lat, lng: near.lng } : {}
  return (await callApi('listBranches', { query })).items
}

/** The branch list; waits while `ready` is false (the position is still being asked for). */
export function useBranches(near: GeoPoint | undefined, ready: boolean) {
  return useBankQuery(ready ? counterKeys.branches(near) : null, () => getBranches(near))
}
