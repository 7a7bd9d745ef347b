import type { DrawdownRequest } from '@/contract/loans'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { LOAN_CHANGES, loanKeys } from './query-keys'

/** Texts the drawdown code to the customer's own phone. */
export function sendDrawdownCode(idempotencyKey: string) {
  return callApi('sendDrawdownCode', {}, { idempotencyKey })
}

/** Draws from the credit line; the money arrives at once. */
export function drawdown(input: DrawdownRequest, idempotencyKey: string) {
  return callApi('drawdown', { body: input }, { idempotencyKey })
}

/** Draws; the limit, the loans and messages are read again. */
export function useDrawdown() {
  return useBankMutation(
    (key, input: DrawdownRequest) => drawdown(input, key),
    LOAN_CHANGES,
    (loan) => [[loanKeys.loan(loan.id), loan]],
  )
}
