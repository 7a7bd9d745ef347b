import type { BusinessDay } from '@/contract/branches'
import { apiClient } from '@/services/http/client'

/** The next 7 days on which the branch offers the service. */
export async function getBusinessDays(branchId: string, serviceId: string): Promise<BusinessDay[]> {
  const { days } = await apiClient.get<{ days: BusinessDay[] }>(
    `/branches/${encodeURIComponent(branchId)}/days`,
    {
      params: { serviceId },
      reloginOnUnauthorized: false,
    },
  )
  return days
}
