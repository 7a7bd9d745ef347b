// The sign-up form: what the user typed, checked field by field in Chinese before sending, and the
// bank's refusals placed at their fields (drafts.ts keeps a copy on the device).
import { EVENT_PARTY_MAX } from '@/contract/constants'
import type { EventSignupRequest } from '@/contract/events'
import type { FormErrors } from '@/components/form-field/use-form-state'
import type { ApiError } from '@/services/http/api-error'
import { formErrorsFromApi } from '@/services/http/form-errors'
import { checkPersonName } from '@/utils/person-name'
import { isMobilePhone } from '@/utils/phone'

/** The form's values as typed; an empty phone means "the phone I logged in with". */
export type SignupValues = { name: string; phone: string; village: string; partySize: string }

export const EMPTY_SIGNUP: SignupValues = { name: '', phone: '', village: '', partySize: '1' }

/** Every field checked; the request when all are fine. */
export function checkSignup(values: SignupValues): {
  errors: FormErrors<SignupValues>
  request?: EventSignupRequest
} {
  const errors: FormErrors<SignupValues> = {}
  const name = checkPersonName(values.name)
  if (!name.valid) errors.name = name.reason
  const phone = values.phone.replace(/[\s-]/g, '')
  if (phone && !isMobilePhone(phone)) errors.phone = '请填写11位手机号，或留空使用登录手机号'
  const village = values.village.trim()
  if (village.length < 2 || village.length > 30) errors.village = '请填写您所在的村（社区），如 戴南村'
  const party = Number(values.partySize)
  if (!Number.isInteger(party) || party < 1 || party > EVENT_PARTY_MAX)
    errors.partySize = `参加人数为1-${EVENT_PARTY_MAX}人（含本人）`
  if (Object.keys(errors).length) return { errors }
  const request: EventSignupRequest = { name: values.name.trim(), village, partySize: party }
  if (phone) request.phone = phone
  return { errors, request }
}

/** The bank's refusal next to the field it is about; anything else under the form. */
export function signupErrorsFromApi(error: ApiError): FormErrors<SignupValues> {
  return formErrorsFromApi(error, {
    fields: { name: 'name', phone: 'phone', village: 'village', partySize: 'partySize' },
  })
}
