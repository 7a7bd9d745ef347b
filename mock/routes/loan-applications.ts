// The customer's loan application, step by step; every call answers the application as it now is.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdempotencyHeaders } from '../../src/contract/common'
import {
  EmptyRequest,
  FaceChallenge,
  FaceCheckRequest,
  LoanApplication,
  LoanApplyRequest,
  LoanCardRequest,
  LoanConsentRequest,
  LoanDraftRequest,
  LoanIdParams,
} from '../../src/contract/loans'
import { nowMs } from '../deps'
import { requireRole } from '../http/auth'
import { SESSION_SECURITY, withErrors } from '../http/schemas'
import { findOwnApplication, startApplication } from '../store/loan-applications'
import { toApplicationView } from '../store/loan-application-view'
import { saveCard } from '../store/loan-card'
import { agreeToDocument, saveDraft } from '../store/loan-draft-edits'
import { createFaceChallenge, verifyFace } from '../store/loan-face'
import { submitApplication } from '../store/loan-submit'
import type { UserRow } from '../store/users'

/** Loan application routes (customer role; mounted under the API base path). */
export const loanApplicationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps
  const tags = ['loan']
  const onRequest = requireRole('customer')
  const base = { tags, security: SESSION_SECURITY }
  const write = { ...base, headers: IdempotencyHeaders }
  const answer = withErrors({ 200: LoanApplication })

  app.post(
    '/loan/applications',
    {
      schema: {
        ...write,
        summary: '发起阳光e贷申请',
        description:
          '201 a new draft, 200 the open one (one per customer). 422 REAL_NAME_REQUIRED, 409 CREDIT_LINE_EXISTS, 409 LOANS_OUTSTANDING (an expired line still owed), 422 REAPPLY_TOO_SOON (details.reapplyFrom).',
        body: EmptyRequest,
        response: withErrors({ 200: LoanApplication, 201: LoanApplication }),
      },
      onRequest,
    },
    async (request, reply) => {
      const now = nowMs(app.deps)
      const { created, row } = startApplication(db, request.user!, now)
      return reply.code(created ? 201 : 200).send(toApplicationView(db, row, request.user!, now))
    },
  )

  /** The application as it now is, after the route's change. */
  const current = (user: UserRow, id: string) =>
    toApplicationView(db, findOwnApplication(db, user.id, id), user, nowMs(app.deps))

  app.get(
    '/loan/applications/:id',
    {
      schema: {
        ...base,
        summary: '贷款申请详情',
        description: '404 for other customers.',
        params: LoanIdParams,
        response: answer,
      },
      onRequest,
    },
    async (request) => current(request.user!, request.params.id),
  )

  app.put(
    '/loan/applications/:id/draft',
    {
      schema: {
        ...write,
        summary: '保存申请草稿',
        description: 'Fields are stored as typed. 409 APPLICATION_NOT_EDITABLE unless a draft.',
        params: LoanIdParams,
        body: LoanDraftRequest,
        response: answer,
      },
      onRequest,
    },
    async (request) => {
      saveDraft(db, request.user!.id, request.params.id, request.body.fields, nowMs(app.deps))
      return current(request.user!, request.params.id)
    },
  )

  app.put(
    '/loan/applications/:id/card',
    {
      schema: {
        ...write,
        summary: '绑定收款银行卡',
        description:
          '400 on cardNumber when the Luhn check fails; only the masked number is kept. 409 unless a draft.',
        params: LoanIdParams,
        body: LoanCardRequest,
        response: answer,
      },
      onRequest,
    },
    async (request) => {
      saveCard(db, request.user!.id, request.params.id, request.body.cardNumber)
      return current(request.user!, request.params.id)
    },
  )

  app.post(
    '/loan/applications/:id/consents',
    {
      schema: {
        ...write,
        summary: '同意授权书',
        description:
          '422 CONSENT_VERSION_OUTDATED (details.version) for an old version; again = new agreedAt. 409 unless a draft.',
        params: LoanIdParams,
        body: LoanConsentRequest,
        response: answer,
      },
      onRequest,
    },
    async (request) => {
      const { documentId, version } = request.body
      agreeToDocument(db, request.user!.id, request.params.id, documentId, version, nowMs(app.deps))
      return current(request.user!, request.params.id)
    },
  )

  app.post(
    '/loan/applications/:id/face-challenge',
    {
      schema: {
        ...write,
        summary: '发起人脸识别（模拟）',
        description:
          '4 digits to read aloud, valid 120 s, single use. 422 BIOMETRIC_CONSENT_REQUIRED. 409 unless a draft.',
        params: LoanIdParams,
        body: EmptyRequest,
        response: withErrors({ 201: FaceChallenge }),
      },
      onRequest,
    },
    async (request, reply) => {
      const challenge = createFaceChallenge(db, request.user!.id, request.params.id, nowMs(app.deps))
      return reply.code(201).send(challenge)
    },
  )

  app.post(
    '/loan/applications/:id/face',
    {
      schema: {
        ...write,
        summary: '提交人脸识别结果（模拟）',
        description:
          '422 FACE_CHECK_FAILED when the challenge is unknown, expired, used or the digits differ.',
        params: LoanIdParams,
        body: FaceCheckRequest,
        response: answer,
      },
      onRequest,
    },
    async (request) => {
      const { challengeId, digits } = request.body
      verifyFace(db, request.user!.id, request.params.id, challengeId, digits, nowMs(app.deps))
      return current(request.user!, request.params.id)
    },
  )

  app.post(
    '/loan/applications/:id/submit',
    {
      schema: {
        ...write,
        summary: '提交贷款申请',
        description:
          '202 reviewing: four 1-second stages, then approved or declined. 409 unless a draft; 422 APPLICATION_INCOMPLETE (details.missing); 400 on amountFen, termMonths, annualIncomeFen.',
        params: LoanIdParams,
        body: LoanApplyRequest,
        response: withErrors({ 202: LoanApplication }),
      },
      onRequest,
    },
    async (request, reply) => {
      const now = nowMs(app.deps)
      const row = submitApplication(db, request.user!, request.params.id, request.body, now)
      return reply.code(202).send(toApplicationView(db, row, request.user!, now))
    },
  )
}
