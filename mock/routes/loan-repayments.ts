// Repaying a loan (per instalment or early in full) and its papers: contract copy and certificate.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdempotencyHeaders } from '../../src/contract/common'
import {
  EarlyRepaymentQuoteResult,
  EarlyRepaymentRequest,
  Loan,
  LoanContract,
  LoanIdParams,
  RepaymentRequest,
  SettlementCertificate,
} from '../../src/contract/loans'
import { nowMs } from '../deps'
import { requireRole } from '../http/auth'
import { SESSION_SECURITY, withErrors } from '../http/schemas'
import { settlementCertificate } from '../store/loan-certificate'
import { loanContract } from '../store/loan-contract'
import { quoteEarlyRepayment, repayEarly, repayInstalment } from '../store/loan-repayments'
import { findOwnLoan } from '../store/loans'
import { toLoanView } from '../store/loan-view'

/** Repayment and document routes of a loan (customer role; mounted under the API base path). */
export const loanRepaymentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps
  const tags = ['loan']
  const onRequest = requireRole('customer')
  const base = { tags, security: SESSION_SECURITY, params: LoanIdParams }
  const write = { ...base, headers: IdempotencyHeaders }

  app.post(
    '/loans/:id/repayments',
    {
      schema: {
        ...write,
        summary: '归还一期',
        description:
          'Pays the earliest unpaid instalment (else 422 on index); its principal is available again. 409 LOAN_SETTLED.',
        body: RepaymentRequest,
        response: withErrors({ 200: Loan }),
      },
      onRequest,
    },
    async (request) => {
      const now = nowMs(app.deps)
      const loan = repayInstalment(db, request.user!.id, request.params.id, request.body.index, now)
      return toLoanView(db, loan, now)
    },
  )

  app.get(
    '/loans/:id/early-repayment-quote',
    {
      schema: {
        ...base,
        summary: '提前还款试算',
        description:
          'Outstanding principal + interest accrued ACT/360. 409 INSTALMENT_DUE_FIRST (details.index), 409 LOAN_SETTLED.',
        response: withErrors({ 200: EarlyRepaymentQuoteResult }),
      },
      onRequest,
    },
    async (request) => {
      const now = nowMs(app.deps)
      return quoteEarlyRepayment(db, findOwnLoan(db, request.user!.id, request.params.id), now)
    },
  )

  app.post(
    '/loans/:id/early-repayment',
    {
      schema: {
        ...write,
        summary: '提前结清',
        description:
          '409 QUOTE_CHANGED (details.totalFen) when expectedTotalFen is not the current total; else settled.',
        body: EarlyRepaymentRequest,
        response: withErrors({ 200: Loan }),
      },
      onRequest,
    },
    async (request) => {
      const now = nowMs(app.deps)
      const loan = repayEarly(db, request.user!.id, request.params.id, request.body.expectedTotalFen, now)
      return toLoanView(db, loan, now)
    },
  )

  app.get(
    '/loans/:id/contract',
    {
      schema: {
        ...base,
        summary: '借款合同（含本笔借据）',
        response: withErrors({ 200: LoanContract }),
      },
      onRequest,
    },
    async (request) => loanContract(db, findOwnLoan(db, request.user!.id, request.params.id), request.user!),
  )

  app.get(
    '/loans/:id/settlement-certificate',
    {
      schema: {
        ...base,
        summary: '结清证明',
        description: '409 LOAN_NOT_SETTLED while anything is owed.',
        response: withErrors({ 200: SettlementCertificate }),
      },
      onRequest,
    },
    async (request) =>
      settlementCertificate(db, findOwnLoan(db, request.user!.id, request.params.id), request.user!),
  )
}
