// One error shape for everything: business errors, validation, parser errors, 404 and bugs.
import type { Socket } from 'node:net'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ErrorBody } from '../../src/contract/common'
import { ERRORS, type ErrorCode } from '../../src/contract/errors'
import { ERROR_MESSAGES } from '../../src/contract/errors/messages'
import { declaresError, endpointOf } from './operation'
import { BusinessError } from '../errors'
import { toFieldErrors, type AjvErrorLike } from './validation-messages'

/** Status and body of an error-table code, with the table's message unless another is given. */
const answer = (code: ErrorCode, message: string = ERROR_MESSAGES[code]): [number, ErrorBody] => [
  ERRORS[code],
  { code, message },
]
const bad = (message: string) => answer('VALIDATION_FAILED', message)

/** Status and body for a framework error (parser, limits); undefined when it is not one we expect. */
function frameworkError(error: FastifyError): [number, ErrorBody] | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return answer('UNSUPPORTED_MEDIA_TYPE')
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return answer('PAYLOAD_TOO_LARGE')
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return bad('请求体不能为空')
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return bad('请求体不是有效的 JSON')
  }
  if (error instanceof SyntaxError || error.statusCode === 400) return bad('请求格式不正确')
  if (error.statusCode === 404) return answer('NOT_FOUND')
  if (error.statusCode && error.statusCode > 400 && error.statusCode < 500) return bad('请求格式不正确')
  return undefined
}

/**
 * Answers the errors the router raises before any hook runs (a URL that is not valid percent-encoding,
 * a path parameter longer than the router takes): same shape as every other refusal.
 */
export function answerRouterError(_error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const [status, body] = bad('请求地址不正确')
  reply.code(status).send(body)
}

/**
 * Installs the error and not-found handlers. With `contractChecks`, a business error whose code the
 * operation does not declare in the endpoint table is a bug: it is answered 500 and logged, so the
 * tests that reach it fail and the table stays the truth.
 */
export function installErrorHandling(app: FastifyInstance, options: { contractChecks: boolean }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof BusinessError) {
      const endpoint = endpointOf(request)
      if (options.contractChecks && endpoint && !declaresError(endpoint, error.code)) {
        request.log.error(`${endpoint} answered ${error.code}, which the endpoint table does not declare`)
        const [status, body] = answer('INTERNAL_ERROR', `接口未声明错误码 ${error.code}`)
        return reply.code(status).send(body)
      }
      const wait = error.details?.retryAfterSeconds
      if (typeof wait === 'number') reply.header('retry-after', String(wait))
      return reply.code(error.status).send(error.toBody())
    }
    if (error.validation) {
      const data = error.validationContext
        ? (request as unknown as Record<string, unknown>)[error.validationContext]
        : undefined
      const fields = toFieldErrors(
        error.validation as unknown as AjvErrorLike[],
        error.validationContext ?? 'body',
        data,
      )
      const message = fields[0]?.message ?? '请求参数不正确'
      const [status, body] = bad(message)
      return reply.code(status).send({ ...body, details: { fields } })
    }
    const mapped = frameworkError(error)
    if (mapped) {
      request.log.info({ code: error.code }, error.message)
      return reply.code(mapped[0]).send(mapped[1])
    }
    request.log.error({ err: error }, 'unexpected error')
    const [status, body] = answer('INTERNAL_ERROR')
    return reply.code(status).send(body)
  })
  app.setNotFoundHandler((_request, reply) => {
    const [status, body] = answer('NOT_FOUND', '接口不存在')
    reply.code(status).send(body)
  })
}

/**
 * Answer for requests Node's HTTP parser rejects before fastify sees them (bad Content-Length,
 * malformed request line): still the one error shape. Pass as the `clientErrorHandler` option.
 */
export function handleClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return
  const [status, body] =
    error.code === 'HPE_HEADER_OVERFLOW' ? answer('HEADERS_TOO_LARGE') : bad('请求格式不正确')
  const reason = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'
  const json = JSON.stringify(body)
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
  )
}
