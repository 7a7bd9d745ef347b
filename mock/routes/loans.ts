// Drawing from the credit line, and the customer's loans.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { SmsCodeResult } from '../../src/contract/auth'
import { IdempotencyHeaders } from '../../src/contract/common'
import { DrawdownRequest, EmptyRequest, Loan, LoanIdParams, LoanListResult } from '../../src/contract/loans'
import { nowMs } from '../deps'
import { requireRole } from '../http/auth'
import { loanErrors } from '../http/loan-errors'
import { SESSION_SECURITY, withErrors } from '../http/schemas'
import { sendCodeOrThrow, smsCheckFailure } from '../http/sms-replies'
import { findLatestLine, isLineExpired } from '../store/credit-lines'
import { drawdown } from '../store/loan-drawdown'
import { findLoan, findOwnLoan, listLoans } from '../store/loans'
import { toLoanSummary, toLoanView } from '../store/loan-view'
import { checkSmsCode } from '../store/sms'

/** Drawdown and loan routes (customer role; mounted under the API base path). */
export const loanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps
  const tags = ['loan']
  const onRequest = requireRole('customer')
  const base = { tags, security: SESSION_SECURITY }

  app.post(
    '/loan/drawdown-code',
    {
      schema: {
        ...base,
        headers: IdempotencyHeaders,
        summary: '发送借款短信验证码',
        description:
          'Purpose loan-drawdown. 409 NO_CREDIT_LINE, 422 APPROVAL_EXPIRED (line expired), 429 as for login.',
        body: EmptyRequest,
        response: withErrors({ 202: SmsCodeResult }),
      },
      onRequest,
    },
    async (request, reply) => {
      const line = findLatestLine(db, request.user!.id)
      if (!line) throw loanErrors.noCreditLine()
      if (isLineExpired(line, nowMs(app.deps))) throw loanErrors.lineExpired()
      return reply.code(202).send(sendCodeOrThrow(app, request.user!.phone, 'loan-drawdown'))
    },
  )

  app.post(
    '/loan/drawdowns',
    {
      schema: {
        ...base,
        headers: IdempotencyHeaders,
        summary: '借款（从授信额度提款）',
        description:
          'One transaction: 409 NO_CREDIT_LINE, 422 APPROVAL_EXPIRED, 400 amountFen/termMonths, 409 LIMIT_INSUFFICIENT (details.availableFen), SMS errors on smsCode (checked last). secondsToFunds: from the application for the first loan of a line, from the drawdown code for later ones.',
        body: DrawdownRequest,
        response: withErrors({ 201: Loan }),
      },
      onRequest,
    },
    async (request, reply) => {
      const now = nowMs(app.deps)
      const user = request.user!
      const { amountFen, termMonths, method, smsCode } = request.body
      const outcome = drawdown(db, { customerId: user.id, amountFen, termMonths, method, nowMs: now }, () =>
        checkSmsCode(db, user.phone, smsCode, now, 'loan-drawdown'),
      )
      if (outcome.kind !== 'drawn') throw smsCheckFailure(outcome, 'smsCode')
      return reply.code(201).send(toLoanView(db, findLoan(db, outcome.loanId)!, now))
    },
  )

  app.get(
    '/loans',
    {
      schema: {
        ...base,
        summary: '我的借款',
        description: 'Active first, then settled; newest first within each.',
        response: withErrors({ 200: LoanListResult }),
      },
      onRequest,
    },
    async (request) => {
      const now = nowMs(app.deps)
      return { items: listLoans(db, request.user!.id).map((loan) => toLoanSummary(db, loan, now)) }
    },
  )

  app.get(
    '/loans/:id',
    {
      schema: {
        ...base,
        summary: '借款详情',
        description: 'Instalment states computed on read (Beijing date). 404 for other customers.',
        params: LoanIdParams,
        response: withErrors({ 200: Loan }),
      },
      onRequest,
    },
    async (request) => toLoanView(db, findOwnLoan(db, request.user!.id, request.params.id), nowMs(app.deps)),
  )
}
