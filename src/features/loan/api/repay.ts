import type { EarlyRepaymentRequest, RepaymentRequest } from '@/contract/loans'
import { callApi } from '@/services/http/client'
import { useAction } from '@/services/http/use-action'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { LOAN_CHANGES, loanKeys } from './query-keys'

/** Texts the customer a code that confirms a repayment of `loanId`. */
export function sendRepaymentCode(loanId: string, idempotencyKey: string) {
  return callApi('sendRepaymentCode', { params: { id: loanId } }, { idempotencyKey })
}

/** Repays one instalment (the earliest unpaid, due today or overdue). */
export function repayInstalment(loanId: string, body: RepaymentRequest, idempotencyKey: string) {
  return callApi('repayInstalment', { params: { id: loanId }, body }, { idempotencyKey })
}

/** What repaying everything today costs. */
export function getEarlyRepaymentQuote(loanId: string) {
  return callApi('getEarlyRepaymentQuote', { params: { id: loanId } })
}

/** Repays everything at the quoted total (refused when the total moved on). */
export function repayEarly(loanId: string, body: EarlyRepaymentRequest, idempotencyKey: string) {
  return callApi('repayEarly', { params: { id: loanId }, body }, { idempotencyKey })
}

/** Repays an instalment of `loanId`; the loan, the limit and messages are read again. */
export function useRepayInstalment(loanId: string) {
  return useBankMutation(
    (key, body: RepaymentRequest) => repayInstalment(loanId, body, key),
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
    (key, body: EarlyRepaymentRequest) => repayEarly(loanId, body, key),
    LOAN_CHANGES,
    (loan) => [[loanKeys.loan(loan.id), loan]],
  )
}
