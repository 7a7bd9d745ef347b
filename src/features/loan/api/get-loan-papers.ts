import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { loanKeys } from './query-keys'

/** The contract of a loan, with this drawdown's note. */
export function getLoanContract(loanId: string) {
  return callApi('getLoanContract', { params: { id: loanId } })
}

/** The settlement certificate (结清证明) of a paid-off loan. */
export function getSettlementCertificate(loanId: string) {
  return callApi('getSettlementCertificate', { params: { id: loanId } })
}

/** A loan's contract; waits without an id. */
export function useLoanContract(loanId: string | undefined) {
  return useBankQuery(loanId ? loanKeys.loanContract(loanId) : null, () => getLoanContract(loanId!))
}

/** A loan's settlement certificate; waits without an id. */
export function useSettlementCertificate(loanId: string | undefined) {
  return useBankQuery(loanId ? loanKeys.certificate(loanId) : null, () => getSettlementCertificate(loanId!))
}
