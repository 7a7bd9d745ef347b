import type { Branch } from '@/contract/branches'
import type { GeoPoint } from '@/platform/location'
import { apiClient } from '@/services/http/client'

/** Branches, nearest first when the user's position is known. */
export async function getBranches(near?: GeoPoint): Promise<Branch[]> {
  const params = near ? { lat: near.lat, lng: near.lng } : undefined
  const { items } = await apiClient.get<{ items: Branch[] }>('/branches', {
    params,
    reloginOnUnauthorized: false,
  })
  return items
}
