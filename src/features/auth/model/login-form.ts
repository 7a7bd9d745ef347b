import type { ApiError } from '@/services/http/api-error'
import { isMobilePhone } from '@/utils/phone'

/** What the login form holds; kept intact whatever goes wrong. */
export interface LoginFormValues {
  phone: string
  code: string
}

/** Chinese messages next to each field, plus one for the form as a whole. */
export interface LoginFormErrors {
  phone?: string
  code?: string
  form?: string
}

/** Checks the phone before a code is requested. */
export function validatePhone(phone: string): string | undefined {
  if (!phone.trim()) return '请输入手机号'
  if (!isMobilePhone(phone.trim())) return '请输入正确的11位手机号'
  return undefined
}

/** Checks the whole form before logging in. */
export function validateLoginForm(values: LoginFormValues): LoginFormErrors {
  const errors: LoginFormErrors = {}
  const phone = validatePhone(values.phone)
  if (phone) errors.phone = phone
  if (!values.code.trim()) errors.code = '请输入短信验证码'
  else if (!/^\d{6}$/.test(values.code.trim())) errors.code = '验证码为6位数字'
  return errors
}

/** Puts a server answer next to the field it is about. */
export function loginErrorsFromApi(error: ApiError): LoginFormErrors {
  switch (error.code) {
    case 'VALIDATION_FAILED': {
      const fields = error.fieldErrors
      return {
        phone: fields.phone,
        code: fields.code,
        form: fields.phone || fields.code ? undefined : error.message,
      }
    }
    case 'SMS_TOO_FREQUENT':
    case 'PHONE_LOCKED':
      return { phone: error.message }
    case 'SMS_CODE_WRONG':
    case 'SMS_CODE_EXPIRED':
    case 'SMS_CODE_NOT_SENT':
      return { code: error.message }
    default:
      return { form: error.message }
  }
}

/** Seconds to wait before another code may be requested, when the server says so. */
export function retryAfterSeconds(error: ApiError): number | undefined {
  const value = error.details?.retryAfterSeconds
  return typeof value === 'number' && value > 0 ? value : undefined
}
