// 创建活动: a template, town, venue, address, day, times and capacity, checked in Chinese before
// sending; the times go out as Beijing ISO instants (drafts.ts keeps a copy on the device).
import { EVENT_CAPACITY_MAX } from '@/contract/constants'
import type { CreateEventRequest } from '@/contract/events'
import type { FormErrors } from '@/components/form-field/use-form-state'
import type { ApiError } from '@/services/http/api-error'
import { formErrorsFromApi } from '@/services/http/form-errors'
import { isLocalDate } from '@/utils/calendar-date'

/** The form's values as typed. */
export type CreateEventValues = {
  templateId: string
  title: string
  town: string
  venue: string
  address: string
  date: string
  startTime: string
  endTime: string
  capacity: string
}

export const EMPTY_CREATE_EVENT: CreateEventValues = {
  templateId: '',
  title: '',
  town: '',
  venue: '',
  address: '',
  date: '',
  startTime: '09:00',
  endTime: '11:00',
  capacity: '',
}

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/

/** Every field checked against `todayIso` (Beijing date); the request when all are fine. */
export function checkCreateEvent(
  values: CreateEventValues,
  today: string,
): { errors: FormErrors<CreateEventValues>; request?: CreateEventRequest } {
  const errors: FormErrors<CreateEventValues> = {}
  if (!values.templateId) errors.templateId = '请选择活动模板'
  if (!values.town) errors.town = '请选择活动所在乡镇'
  const title = values.title.trim()
  if (title && (title.length < 2 || title.length > 40))
    errors.title = '活动名称为2-40个字，或留空使用模板名称'
  const venue = values.venue.trim()
  if (venue.length < 2 || venue.length > 40) errors.venue = '请填写活动场地，如 戴南村村委会'
  const address = values.address.trim()
  if (address.length < 4 || address.length > 80) errors.address = '请填写场地的详细地址'
  const date = values.date.trim()
  if (!isLocalDate(date)) errors.date = '请按 2026-12-20 的格式填写日期'
  else if (date < today) errors.date = '活动日期不能早于今天'
  if (!TIME_RE.test(values.startTime)) errors.startTime = '请按 09:00 的格式填写开始时间'
  if (!TIME_RE.test(values.endTime)) errors.endTime = '请按 11:00 的格式填写结束时间'
  else if (!errors.startTime && values.endTime <= values.startTime) errors.endTime = '结束时间须晚于开始时间'
  const capacity = Number(values.capacity)
  if (!/^\d+$/.test(values.capacity) || capacity < 1 || capacity > EVENT_CAPACITY_MAX)
    errors.capacity = `人数上限为1-${EVENT_CAPACITY_MAX}人`
  if (Object.keys(errors).length) return { errors }
  const request: CreateEventRequest = {
    templateId: values.templateId,
    town: values.town,
    venue,
    address,
    start: `${date}T${values.startTime}:00+08:00`,
    end: `${date}T${values.endTime}:00+08:00`,
    capacity,
  }
  if (title) request.title = title
  return { errors, request }
}

/** The bank's refusal next to its field (its times answer at the date and time fields). */
export function createEventErrorsFromApi(error: ApiError): FormErrors<CreateEventValues> {
  return formErrorsFromApi(error, {
    fields: {
      templateId: 'templateId',
      title: 'title',
      town: 'town',
      venue: 'venue',
      address: 'address',
      start: 'startTime',
      end: 'endTime',
      capacity: 'capacity',
    },
  })
}
