import type { ApiError } from '@/services/http/api-error'
import { formErrorsFromApi } from '@/services/http/form-errors'
import { checkIdNumber } from '@/utils/id-number'
import { checkPersonName } from '@/utils/person-name'

/** What the real-name form holds (the code only once the bank asked for one). */
export interface RealNameValues {
  name: string
  idNumber: string
  smsCode: string
}

/** Chinese messages next to each field, plus one for the form. */
export interface RealNameErrors {
  name?: string
  idNumber?: string
  smsCode?: string
  form?: string
}

/** Instant feedback with the same rules the server applies (GB 11643 check digit included). */
export function validateRealName(
  values: Pick<RealNameValues, 'name' | 'idNumber'>,
  today: Date = new Date(),
): RealNameErrors {
  const errors: RealNameErrors = {}
  if (!values.name.trim()) errors.name = '请输入姓名'
  else {
    const name = checkPersonName(values.name.trim())
    if (!name.valid) errors.name = name.reason
  }
  if (!values.idNumber.trim()) errors.idNumber = '请输入身份证号'
  else {
    const id = checkIdNumber(values.idNumber, today)
    if (!id.valid) errors.idNumber = id.reason
  }
  return errors
}

/** Puts a server refusal next to the field it is about. */
export function realNameErrorsFromApi(error: ApiError): RealNameErrors {
  return formErrorsFromApi(error, { fields: { name: 'name', idNumber: 'idNumber', smsCode: 'smsCode' } })
}
