import type { LoanSignRequest } from '@/contract/loans'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { useBankQuery } from '@/services/query/use-bank-query'
import { LOAN_CHANGES, loanKeys } from './query-keys'

/** The contract of an approval, rendered with its figures. */
export function getApplicationContract(applicationId: string) {
  return callApi('getApplicationContract', { params: { id: applicationId } })
}

/** The contract to sign; waits without an id. */
export function useApplicationContract(applicationId: string | undefined) {
  return useBankQuery(applicationId ? loanKeys.applicationContract(applicationId) : null, () =>
    getApplicationContract(applicationId!),
  )
}

/** Texts the signing code to the customer's own phone. */
export function sendSignCode(applicationId: string, idempotencyKey: string) {
  return callApi('sendSignCode', { params: { id: applicationId } }, { idempotencyKey })
}

/** Signs with the texted code: the credit line opens. */
export function signContract(applicationId: string, input: LoanSignRequest, idempotencyKey: string) {
  return callApi('signLoanContract', { params: { id: applicationId }, body: input }, { idempotencyKey })
}

/** Signs application `applicationId`; the overview, the limit and messages are read again. */
export function useSignContract(applicationId: string) {
  return useBankMutation(
    (key, input: LoanSignRequest) => signContract(applicationId, input, key),
    LOAN_CHANGES,
  )
}
