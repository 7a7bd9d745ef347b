// The loan entry page's reads: the authorisation documents (public) and the customer's overview.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { LoanDocumentList, LoanOverview } from '../../src/contract/loans'
import { nowMs } from '../deps'
import { requireRole } from '../http/auth'
import { SESSION_SECURITY, withErrors } from '../http/schemas'
import { LOAN_CONSENT_DOCS } from '../seed/loan-documents'
import { loanOverview } from '../store/loan-overview'

/** Loan overview routes (mounted under the API base path). */
export const loanOverviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['loan']

  app.get(
    '/loan/documents',
    {
      schema: {
        tags,
        summary: '贷款授权书（公开）',
        description: 'The three authorisations in the order they are read.',
        response: withErrors({ 200: LoanDocumentList }),
      },
    },
    async () => ({ items: [...LOAN_CONSENT_DOCS] }),
  )

  app.get(
    '/loan/overview',
    {
      schema: {
        tags,
        summary: '阳光e贷概览',
        description:
          'Pre-approval, the open (else latest) application, the latest credit line, active loans.',
        security: SESSION_SECURITY,
        response: withErrors({ 200: LoanOverview }),
      },
      onRequest: requireRole('customer'),
    },
    async (request) => loanOverview(app.deps.db, request.user!, nowMs(app.deps)),
  )
}
