import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { counterKeys } from './query-keys'

/** One branch with its service catalogue. */
export function getBranch(branchId: string) {
  return callApi('getBranch', { params: { branchId } })
}

/** One branch; waits without an id. */
export function useBranch(branchId: string | undefined) {
  return useBankQuery(branchId ? counterKeys.branch(branchId) : null, () => getBranch(branchId!))
}
