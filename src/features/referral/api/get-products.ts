import type { Product } from '@/contract/products'
import { apiClient } from '@/services/http/client'

/** The bank's products that a customer manager can arrange. */
export async function getProducts(): Promise<Product[]> {
  const { items } = await apiClient.get<{ items: Product[] }>('/products', { reloginOnUnauthorized: false })
  return items
}
