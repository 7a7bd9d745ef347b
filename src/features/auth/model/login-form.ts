import type { ApiError } from '@/services/http/api-error'
import { formErrorsFromApi } from '@/services/http/form-errors'
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
  return formErrorsFromApi(error, {
    fields: { phone: 'phone', code: 'code' },
    codes: {
      SMS_TOO_FREQUENT: 'phone',
      SMS_DAILY_LIMIT: 'phone',
      SMS_CALLER_LIMIT: 'phone',
      SMS_SERVICE_BUSY: 'phone',
      SMS_CODE_WRONG: 'code',
      SMS_CODE_SPENT: 'code',
      SMS_CODE_EXPIRED: 'code',
      SMS_CODE_NOT_SENT: 'code',
    },
  })
}
