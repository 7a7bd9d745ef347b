// One error shape for everything: business errors, validation, parser errors, 404 and bugs.
import type { Socket } from 'node:net'
import type { FastifyError, FastifyInstance } from 'fastify'
import { ERROR_CODES } from '../../src/contract/constants'
import type { ErrorBody } from '../../src/contract/common'
import { BusinessError } from './errors'
import { toFieldErrors, type AjvErrorLike } from './validation-messages'

const bad = (message: string): [number, ErrorBody] => [400, { code: ERROR_CODES.VALIDATION_FAILED, message }]

/** Status and body for a framework error (parser, limits); undefined when it is not one we expect. */
function frameworkError(error: FastifyError): [number, ErrorBody] | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return [415, { code: ERROR_CODES.UNSUPPORTED_MEDIA_TYPE, message: '仅支持 JSON 格式的请求' }]
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return [413, { code: ERROR_CODES.PAYLOAD_TOO_LARGE, message: '请求内容过大' }]
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return bad('请求体不能为空')
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return bad('请求体不是有效的 JSON')
  }
  if (error instanceof SyntaxError || error.statusCode === 400) return bad('请求格式不正确')
  if (error.statusCode === 404) return [404, { code: ERROR_CODES.NOT_FOUND, message: '请求的内容不存在' }]
  if (error.statusCode && error.statusCode > 400 && error.statusCode < 500) return bad('请求格式不正确')
  return undefined
}

/** Installs the error and not-found handlers. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof BusinessError) return reply.code(error.status).send(error.toBody())
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
      return reply.code(400).send({ code: ERROR_CODES.VALIDATION_FAILED, message, details: { fields } })
    }
    const mapped = frameworkError(error)
    if (mapped) {
      request.log.info({ code: error.code }, error.message)
      return reply.code(mapped[0]).send(mapped[1])
    }
    request.log.error({ err: error }, 'unexpected error')
    return reply.code(500).send({ code: ERROR_CODES.INTERNAL_ERROR, message: '服务繁忙，请稍后再试' })
  })
  app.setNotFoundHandler((_request, reply) => {
    reply.code(404).send({ code: ERROR_CODES.NOT_FOUND, message: '接口不存在' })
  })
}

/**
 * Answer for requests Node's HTTP parser rejects before fastify sees them (bad Content-Length,
 * malformed request line): still the one error shape. Pass as the `clientErrorHandler` option.
 */
export function handleClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return
  const [status, reason, body]: [number, string, ErrorBody] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          { code: ERROR_CODES.VALIDATION_FAILED, message: '请求头过大' },
        ]
      : [400, 'Bad Request', { code: ERROR_CODES.VALIDATION_FAILED, message: '请求格式不正确' }]
  const json = JSON.stringify(body)
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
  )
}
