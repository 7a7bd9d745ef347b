// The 商户入驻 form: what the user typed, checked field by field in Chinese before sending, the live
// credit-code note, and a copy on the device so a reload or a closed app loses nothing typed.
import { COUPON_CATEGORIES, type CouponCategory } from '@/contract/constants'
import type { MerchantApplicationRequest } from '@/contract/merchant-applications'
import type { FormErrors } from '@/components/form-field/use-form-state'
import type { ApiError } from '@/services/http/api-error'
import { formErrorsFromApi } from '@/services/http/form-errors'
import { loadItem, removeItem, saveItem } from '@/platform/storage'
import { CREDIT_CODE_TYPING_WARNING, checkCreditCode, normalizeCreditCode } from '@/utils/credit-code'
import { checkPersonName } from '@/utils/person-name'
import { isMobilePhone } from '@/utils/phone'

/** The form's values as typed. */
export type ApplicationValues = {
  shopName: string
  creditCode: string
  address: string
  contactName: string
  contactPhone: string
  category: string
  branchId: string
}

export const EMPTY_APPLICATION: ApplicationValues = {
  shopName: '',
  creditCode: '',
  address: '',
  contactName: '',
  contactPhone: '',
  category: '',
  branchId: '',
}

/** Under the credit-code field while typing: nothing yet, the format problem, or the check warning. */
export function creditCodeNote(text: string): { error?: string; warning?: string } {
  const code = normalizeCreditCode(text)
  // Still typing: a partial code is not wrong yet.
  if (code.length < 18) return {}
  const result = checkCreditCode(code)
  if (result.kind === 'malformed') return { error: result.reason }
  return result.kind === 'check-failed' ? { warning: CREDIT_CODE_TYPING_WARNING } : {}
}

/** Every field checked; the request when all are fine. */
export function checkApplication(values: ApplicationValues): {
  errors: FormErrors<ApplicationValues>
  request?: MerchantApplicationRequest
} {
  const errors: FormErrors<ApplicationValues> = {}
  const shopName = values.shopName.trim()
  if (shopName.length < 2 || shopName.length > 40) errors.shopName = '请填写店铺名称（2-40个字）'
  const creditCode = normalizeCreditCode(values.creditCode)
  const code = checkCreditCode(creditCode)
  if (!creditCode) errors.creditCode = '请填写统一社会信用代码（营业执照上的18位代码）'
  else if (code.kind === 'malformed') errors.creditCode = code.reason
  const address = values.address.trim()
  if (address.length < 5 || address.length > 100)
    errors.address = '请填写经营地址（5-100个字），如 戴南镇兴达路26号'
  const name = checkPersonName(values.contactName)
  if (!name.valid) errors.contactName = name.reason
  const phone = values.contactPhone.replace(/\s+/g, '')
  if (!isMobilePhone(phone)) {
    errors.contactPhone = /^\d{11}$/.test(phone) ? '手机号格式不正确，请核对' : '请填写11位手机号'
  }
  if (!(COUPON_CATEGORIES as readonly string[]).includes(values.category)) errors.category = '请选择经营类别'
  if (!values.branchId) errors.branchId = '请选择附近的网点'
  if (Object.keys(errors).length) return { errors }
  return {
    errors,
    request: {
      shopName,
      creditCode,
      address,
      contactName: values.contactName.trim(),
      contactPhone: phone,
      category: values.category as CouponCategory,
      branchId: values.branchId,
    },
  }
}

/** The bank's refusal next to the fields it is about. */
export function applicationErrorsFromApi(error: ApiError): FormErrors<ApplicationValues> {
  const fields = Object.keys(EMPTY_APPLICATION) as (keyof ApplicationValues)[]
  return formErrorsFromApi(error, { fields: Object.fromEntries(fields.map((f) => [f, f])) })
}

// The draft is per device and per user: another person logging in on a shared phone never sees it.
const draftKey = (userId: string) => `merchant-application.${userId}`

/** The draft saved for this user, if any. */
export const loadApplicationDraft = (userId: string) => loadItem<ApplicationValues>(draftKey(userId))

/** Keeps what was typed (every change; a failed write is harmless). */
export const saveApplicationDraft = (userId: string, values: ApplicationValues) =>
  void saveItem(draftKey(userId), values)

/** Forgets the draft once the bank has the application. */
export const clearApplicationDraft = (userId: string) => removeItem(draftKey(userId))
