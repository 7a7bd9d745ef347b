import type { BranchDetail } from '@/contract/branches'
import { apiClient } from '@/services/http/client'

/** One branch with its service catalogue. */
export function getBranch(branchId: string): Promise<BranchDetail> {
  return apiClient.get<BranchDetail>(`/branches/${encodeURIComponent(branchId)}`, {
    reloginOnUnauthorized: false,
  })
}
