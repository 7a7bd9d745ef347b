import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { loanKeys } from './query-keys'

/** Pre-approval, open or latest application, credit line: what the loan entry page shows. */
export function getLoanOverview() {
  return callApi('getLoanOverview')
}

/** The customer's loan overview; waits while `enabled` is false (not a logged-in customer). */
export function useLoanOverview(enabled = true) {
  return useBankQuery(enabled ? loanKeys.overview() : null, getLoanOverview)
}
