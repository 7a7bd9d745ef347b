// Reading and signing the contract of an approval; signing opens the credit line.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { SmsCodeResult } from '../../src/contract/auth'
import { IdempotencyHeaders } from '../../src/contract/common'
import {
  EmptyRequest,
  LoanApplication,
  LoanContract,
  LoanIdParams,
  LoanSignRequest,
} from '../../src/contract/loans'
import { nowMs } from '../deps'
import { requireRole } from '../http/auth'
import { SESSION_SECURITY, withErrors } from '../http/schemas'
import { sendCodeOrThrow, smsCheckFailure } from '../http/sms-replies'
import { findOwnApplication } from '../store/loan-applications'
import { toApplicationView } from '../store/loan-application-view'
import { applicationContract } from '../store/loan-contract'
import { findSignable, signApplication } from '../store/loan-signing'

/** Contract routes of an application (customer role; mounted under the API base path). */
export const loanSigningRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps
  const tags = ['loan']
  const onRequest = requireRole('customer')
  const base = { tags, security: SESSION_SECURITY }

  app.get(
    '/loan/applications/:id/contract',
    {
      schema: {
        ...base,
        summary: '借款合同（审批通过后）',
        description: 'Rendered from the approval. 409 NO_CREDIT_LINE before approval.',
        params: LoanIdParams,
        response: withErrors({ 200: LoanContract }),
      },
      onRequest,
    },
    async (request) => {
      const row = findOwnApplication(db, request.user!.id, request.params.id)
      return applicationContract(row, request.user!, nowMs(app.deps))
    },
  )

  app.post(
    '/loan/applications/:id/sign-code',
    {
      schema: {
        ...base,
        headers: IdempotencyHeaders,
        summary: '发送签约短信验证码',
        description:
          "Purpose loan-sign, to the customer's own phone. 409 NO_CREDIT_LINE unless approved, 422 APPROVAL_EXPIRED after the offer; 429 as for login codes.",
        params: LoanIdParams,
        body: EmptyRequest,
        response: withErrors({ 202: SmsCodeResult }),
      },
      onRequest,
    },
    async (request, reply) => {
      findSignable(db, request.user!.id, request.params.id, nowMs(app.deps))
      return reply.code(202).send(sendCodeOrThrow(app, request.user!.phone, 'loan-sign'))
    },
  )

  app.post(
    '/loan/applications/:id/sign',
    {
      schema: {
        ...base,
        headers: IdempotencyHeaders,
        summary: '签署借款合同',
        description:
          'Opens the credit line. 409 APPLICATION_NOT_EDITABLE (signed already), 409 NO_CREDIT_LINE, 422 APPROVAL_EXPIRED, 422 CONSENT_VERSION_OUTDATED, SMS errors with details.fields on smsCode.',
        params: LoanIdParams,
        body: LoanSignRequest,
        response: withErrors({ 200: LoanApplication }),
      },
      onRequest,
    },
    async (request) => {
      const now = nowMs(app.deps)
      const outcome = signApplication(db, request.user!, request.params.id, request.body, now)
      if (outcome.kind !== 'signed') throw smsCheckFailure(outcome, 'smsCode')
      return toApplicationView(db, outcome.row, request.user!, now)
    },
  )
}
