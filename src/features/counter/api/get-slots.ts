import type { Slot } from '@/contract/branches'
import { apiClient } from '@/services/http/client'

/** The half-hour slots of one day, with places left. */
export async function getSlots(branchId: string, serviceId: string, date: string): Promise<Slot[]> {
  const { slots } = await apiClient.get<{ slots: Slot[] }>(
    `/branches/${encodeURIComponent(branchId)}/slots`,
    {
      params: { serviceId, date },
      reloginOnUnauthorized: false,
    },
  )
  return slots
}
