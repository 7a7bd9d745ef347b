import type { Town } from '@/contract/products'
import { apiClient } from '@/services/http/client'

/** Towns the bank serves, each with its customer manager (masked). */
export async function getTowns(): Promise<Town[]> {
  const { items } = await apiClient.get<{ items: Town[] }>('/towns', { reloginOnUnauthorized: false })
  return items
}
