// The current user (masked) and real-name verification.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ERROR_CODES } from '../../src/contract/constants'
import { IdempotencyHeaders } from '../../src/contract/common'
import { Me, RealNameRequest } from '../../src/contract/me'
import { checkIdNumber } from '../../src/utils/id-number'
import { checkPersonName } from '../../src/utils/person-name'
import { requireAuth } from '../http/auth'
import { BusinessError, fieldError } from '../http/errors'
import { SESSION_SECURITY, withErrors } from '../http/schemas'
import { nowMs } from '../deps'
import { toMe } from '../store/me-view'
import { bindRealName, findUserById } from '../store/users'

/** Me routes (mounted under the API base path). */
export const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps
  const tags = ['me']

  app.get(
    '/me',
    {
      schema: { tags, summary: '当前用户', security: SESSION_SECURITY, response: withErrors({ 200: Me }) },
      onRequest: requireAuth,
    },
    async (request) => toMe(db, request.user!, nowMs(app.deps)),
  )

  app.post(
    '/me/real-name',
    {
      schema: {
        tags,
        summary: '实名认证（绑定姓名与身份证号）',
        description:
          '400 VALIDATION_FAILED (e.g. 身份证号校验位不正确), 409 REAL_NAME_ALREADY_BOUND / ID_NUMBER_IN_USE.',
        security: SESSION_SECURITY,
        headers: IdempotencyHeaders,
        body: RealNameRequest,
        response: withErrors({ 200: Me }),
      },
      onRequest: requireAuth,
    },
    async (request) => {
      const name = checkPersonName(request.body.name)
      if (!name.valid) throw fieldError('name', name.reason)
      const id = checkIdNumber(request.body.idNumber, app.deps.now())
      if (!id.valid) throw fieldError('idNumber', id.reason)
      const userId = request.user!.id
      const result = bindRealName(db, userId, name.name, id.idNumber, app.deps.now().getTime())
      if (result === 'ALREADY_BOUND')
        throw new BusinessError(409, ERROR_CODES.REAL_NAME_ALREADY_BOUND, '您已完成实名认证')
      if (result === 'ID_IN_USE')
        throw new BusinessError(409, ERROR_CODES.ID_NUMBER_IN_USE, '该身份证号已绑定其他账户，请联系网点处理')
      return toMe(db, findUserById(db, userId)!, nowMs(app.deps))
    },
  )
}
