// Turns ajv validation errors into Chinese field messages built from each schema's `title`.
import type { FieldError } from '../../src/contract/common'
import { ONE_LINE_TEXT_PATTERN, PLAIN_TEXT_PATTERN } from '../../src/contract/constants'
import { yuanText } from '../../src/utils/rule-text'

/** The parts of an ajv (verbose) error this module reads. */
export interface AjvErrorLike {
  keyword: string
  instancePath: string
  params: Record<string, unknown>
  parentSchema?: Record<string, unknown>
}

type Props = Record<string, { title?: string } | undefined>

const pathToField = (instancePath: string) => instancePath.replace(/^\//, '').replace(/\//g, '.')
const join = (a: string, b: string) => (a ? `${a}.${b}` : b)

function lengthMessage(title: string, schema: Record<string, unknown>): string {
  const min = schema.minLength as number | undefined
  const max = schema.maxLength as number | undefined
  if (min !== undefined && max !== undefined)
    return min === max ? `${title}长度应为${min}位` : `${title}长度应为${min}-${max}位`
  if (min !== undefined) return `${title}长度应不少于${min}位`
  return `${title}长度应不超过${max}位`
}

/** One ajv error as { field, message }; `part` is 'body', 'querystring', 'params' or 'headers'. */
export function toFieldError(error: AjvErrorLike, part: string, data: unknown): FieldError {
  const schema = error.parentSchema ?? {}
  const base = pathToField(error.instancePath)
  if (error.keyword === 'required') {
    const name = String(error.params.missingProperty)
    const title = (schema.properties as Props | undefined)?.[name]?.title ?? name
    return { field: join(base, name), message: `${title}不能为空` }
  }
  if (error.keyword === 'additionalProperties') {
    const name = String(error.params.additionalProperty)
    return { field: join(base, name), message: `不支持的字段 ${name}` }
  }
  if (!base && error.keyword === 'type') {
    const empty = data === undefined || data === null
    const what = part === 'body' ? '请求体' : '请求参数'
    return { field: part, message: empty ? `${what}不能为空` : `${what}格式不正确` }
  }
  const title = (schema.title as string | undefined) ?? (base || part)
  return { field: base || part, message: messageFor(error, title, schema, /Fen$/.test(base)) }
}

function messageFor(
  error: AjvErrorLike,
  title: string,
  schema: Record<string, unknown>,
  isMoney: boolean,
): string {
  // Money fields (…Fen) carry integer fen; people read limits in yuan.
  const limit = () => (isMoney ? yuanText(Number(error.params.limit)) : String(error.params.limit))
  switch (error.keyword) {
    case 'minLength':
    case 'maxLength':
      return lengthMessage(title, schema)
    case 'enum':
    case 'const':
      return `${title}取值无效`
    case 'minimum':
    case 'exclusiveMinimum':
      return `${title}不能小于${limit()}`
    case 'maximum':
    case 'exclusiveMaximum':
      return `${title}不能大于${limit()}`
    case 'minItems':
      return `${title}至少需要${error.params.limit}项`
    case 'maxItems':
      return `${title}最多${error.params.limit}项`
    case 'pattern':
      if (schema.pattern === PLAIN_TEXT_PATTERN) return `${title}含有无法显示的字符，请删除后重试`
      if (schema.pattern === ONE_LINE_TEXT_PATTERN)
        return `${title}需为一行可见文字，不能含换行、尖括号或无法显示的字符`
      return `${title}格式不正确`
    default:
      return `${title}格式不正确`
  }
}

/** All errors as field messages, keeping the first message per field. */
export function toFieldErrors(errors: AjvErrorLike[], part: string, data: unknown): FieldError[] {
  const seen = new Map<string, FieldError>()
  for (const error of errors) {
    const fe = toFieldError(error, part, data)
    if (!seen.has(fe.field)) seen.set(fe.field, fe)
  }
  return [...seen.values()]
}
