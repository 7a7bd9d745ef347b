import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, type InputProps } from '@nutui/nutui-react-taro'
import type { EventDetail, EventTemplate } from '@/contract/events'
import { ChoiceGrid } from '@/components/choice-grid'
import { FormField } from '@/components/form-field'
import { TextField } from '@/components/form-field/text-field'
import { useFormState } from '@/components/form-field/use-form-state'
import { InlineError } from '@/components/inline-error'
import { beijingDate } from '@/utils/beijing-time'
import { useCreateEvent } from '../api/staff'
import {
  checkCreateEvent,
  createEventErrorsFromApi,
  EMPTY_CREATE_EVENT,
  type CreateEventValues,
} from '../model/create-form'
import { clearCreateEventDraft, loadCreateEventDraft, saveCreateEventDraft } from '../model/drafts'
import { EVENT_TYPE_NAMES } from '../model/event-words'
import { OptionList } from './option-list'
import './create-event-form.scss'

/** Props of 创建活动. */
export interface CreateEventFormProps {
  staffId: string
  templates: EventTemplate[]
  towns: string[]
  onCreated: (event: EventDetail) => void
}

/** A template, then where, when and for how many: the staff member's branch hosts the event. */
export function CreateEventForm({ staffId, templates, towns, onCreated }: CreateEventFormProps) {
  const form = useFormState<CreateEventValues>(loadCreateEventDraft(staffId) ?? EMPTY_CREATE_EVENT)
  const submit = useCreateEvent()
  useEffect(() => saveCreateEventDraft(staffId, form.values), [staffId, form.values])
  const template = templates.find((t) => t.id === form.values.templateId)

  const pickTemplate = (id: string) => {
    form.change('templateId')(id)
    const picked = templates.find((t) => t.id === id)
    if (picked && !form.values.capacity) form.change('capacity')(String(picked.defaultCapacity))
  }

  const send = async () => {
    const checked = checkCreateEvent(form.values, beijingDate(Date.now()))
    form.setErrors(checked.errors)
    if (!checked.request) return
    const result = await submit.execute(checked.request)
    if (result.ok) {
      clearCreateEventDraft(staffId)
      return onCreated(result.data)
    }
    form.setErrors(createEventErrorsFromApi(result.error))
  }

  const text = (
    field: keyof CreateEventValues & string,
    label: string,
    placeholder: string,
    input: Partial<InputProps> = {},
  ) => <TextField form={form} field={field} label={label} placeholder={placeholder} input={input} />

  return (
    <View className="cc-create-event">
      <FormField label="活动模板" error={form.errors.templateId}>
        <OptionList
          label="活动模板"
          options={templates.map((t) => ({ key: t.id, title: t.title, detail: EVENT_TYPE_NAMES[t.type] }))}
          selected={form.values.templateId}
          onSelect={pickTemplate}
        />
      </FormField>
      {template ? (
        <Text className="cc-create-event__note">
          议程、参会礼遇与介绍沿用模板；涉及产品：{template.products.map((p) => p.name).join('、') || '无'}
        </Text>
      ) : null}
      {text('title', '活动名称（选填）', template ? `默认 ${template.title}` : '留空使用模板名称', {
        maxLength: 40,
      })}
      <FormField label="乡镇" error={form.errors.town}>
        <ChoiceGrid
          label="乡镇"
          columns={3}
          choices={towns.map((t) => ({ key: t, label: t }))}
          selected={form.values.town}
          onSelect={form.change('town')}
        />
      </FormField>
      {text('venue', '场地', '如 戴南村村委会会议室', { maxLength: 40 })}
      {text('address', '地址', '如 兴化市戴南镇戴南村', { maxLength: 80 })}
      {text('date', '日期', '如 2026-12-20', { maxLength: 10 })}
      {text('startTime', '开始时间', '如 09:00', { maxLength: 5 })}
      {text('endTime', '结束时间', '如 11:00', { maxLength: 5 })}
      {text('capacity', '人数上限', '1-500人', { type: 'number', maxLength: 3 })}
      <InlineError message={form.errors.form} />
      <View className="cc-create-event__actions">
        <Button type="primary" size="large" block loading={submit.pending} onClick={() => void send()}>
          发布活动
        </Button>
      </View>
    </View>
  )
}
