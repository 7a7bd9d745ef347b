import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { loanKeys } from './query-keys'

/** Active loans first, then settled ones. */
export async function getLoans() {
  return (await callApi('listLoans')).items
}

/** The customer's loans. */
export function useLoans() {
  return useBankQuery(loanKeys.loans(), getLoans)
}

/** One loan with its schedule and timeline. */
export function getLoan(loanId: string) {
  return callApi('getLoan', { params: { id: loanId } })
}

/** One loan; waits without an id. */
export function useLoan(loanId: string | undefined) {
  return useBankQuery(loanId ? loanKeys.loan(loanId) : null, () => getLoan(loanId!))
}
