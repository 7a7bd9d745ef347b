import { callApi } from '@/services/http/client'
import { useAction } from '@/services/http/use-action'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { LOAN_CHANGES, loanKeys } from './query-keys'

/** Repays one instalment (the earliest unpaid). */
export function repayInstalment(loanId: string, index: number, idempotencyKey: string) {
  return callApi('repayInstalment', { params: { id: loanId }, body: { index } }, { idempotencyKey })
}

/** What repaying everything today costs. */
export function getEarlyRepaymentQuote(loanId: string) {
  return callApi('getEarlyRepaymentQuote', { params: { id: loanId } })
}

/** Repays everything at the quoted total (refused when the total moved on). */
export function repayEarly(loanId: string, expectedTotalFen: number, idempotencyKey: string) {
  return callApi('repayEarly', { params: { id: loanId }, body: { expectedTotalFen } }, { idempotencyKey })
}

/** Repays an instalment of `loanId`; the loan, the limit and messages are read again. */
export function useRepayInstalment(loanId: string) {
  return useBankMutation(
    (key, index: number) => repayInstalment(loanId, index, key),
    LOAN_CHANGES,
    (loan) => [[loanKeys.loan(loan.id), loan]],
  )
}

/** Asks for today's early-repayment quote of `loanId` (a read the user starts, never cached). */
export function useEarlyRepaymentQuote(loanId: string) {
  return useAction(() => getEarlyRepaymentQuote(loanId))
}

/** Repays `loanId` in full; the loan, the limit and messages are read again. */
export function useRepayEarly(loanId: string) {
  return useBankMutation(
    (key, totalFen: number) => repayEarly(loanId, totalFen, key),
    LOAN_CHANGES,
    (loan) => [[loanKeys.loan(loan.id), loan]],
  )
}
