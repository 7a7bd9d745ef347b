// Drawdowns and loans: draw from the credit line, follow each loan, repay, get its papers.
import type { SmsCodeResult } from '@/contract/auth'
import type {
  DrawdownRequest,
  EarlyRepaymentQuoteResult,
  Loan,
  LoanContract,
  LoanSummary,
  SettlementCertificate,
} from '@/contract/loans'
import { apiClient } from '@/services/http/client'

const path = (id: string, tail = '') => `/loans/${encodeURIComponent(id)}${tail}`

export const sendDrawdownCode = (idempotencyKey: string) =>
  apiClient.post<SmsCodeResult>('/loan/drawdown-code', {}, { idempotencyKey })

export const drawdown = (input: DrawdownRequest, idempotencyKey: string) =>
  apiClient.post<Loan>('/loan/drawdowns', input, { idempotencyKey })

/** Active loans first, then settled ones. */
export async function getLoans(): Promise<LoanSummary[]> {
  return (await apiClient.get<{ items: LoanSummary[] }>('/loans')).items
}

export const getLoan = (id: string) => apiClient.get<Loan>(path(id))

export const repayInstalment = (id: string, index: number, idempotencyKey: string) =>
  apiClient.post<Loan>(path(id, '/repayments'), { index }, { idempotencyKey })

export const getEarlyRepaymentQuote = (id: string) =>
  apiClient.get<EarlyRepaymentQuoteResult>(path(id, '/early-repayment-quote'))

export const repayEarly = (id: string, expectedTotalFen: number, idempotencyKey: string) =>
  apiClient.post<Loan>(path(id, '/early-repayment'), { expectedTotalFen }, { idempotencyKey })

export const getLoanContract = (id: string) => apiClient.get<LoanContract>(path(id, '/contract'))

export const getSettlementCertificate = (id: string) =>
  apiClient.get<SettlementCertificate>(path(id, '/settlement-certificate'))
