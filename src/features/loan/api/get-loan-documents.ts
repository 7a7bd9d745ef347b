import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { loanKeys } from './query-keys'

/** The authorisations to read and agree to, in order (public). */
export async function getLoanDocuments() {
  return (await callApi('listLoanDocuments')).items
}

/** The authorisations, current versions. */
export function useLoanDocuments() {
  return useBankQuery(loanKeys.documents(), getLoanDocuments)
}
