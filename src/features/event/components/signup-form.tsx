import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { EVENT_PARTY_MAX } from '@/contract/constants'
import type { EventSignup, EventSummary } from '@/contract/events'
import type { Me } from '@/contract/me'
import { ChoiceGrid } from '@/components/choice-grid'
import { FormField } from '@/components/form-field'
import { useFormState } from '@/components/form-field/use-form-state'
import { InlineError } from '@/components/inline-error'
import { useSignUp } from '../api/sign-up'
import { placesText } from '../model/event-words'
import { checkSignup, EMPTY_SIGNUP, signupErrorsFromApi, type SignupValues } from '../model/signup-form'
import { clearSignupDraft, loadSignupDraft, saveSignupDraft } from '../model/drafts'
import './signup-form.scss'
import { eventTimeText } from '@/utils/event-time'

/** Props of the sign-up form. */
export interface SignupFormProps {
  event: EventSummary
  user: Me
  onSignedUp: (signup: EventSignup) => void
}

const PARTY_CHOICES = Array.from({ length: EVENT_PARTY_MAX }, (_, i) => ({
  key: String(i + 1),
  label: `${i + 1}人`,
}))

/**
 * Name, phone (the login phone unless another is typed), village and party size. Each refusal sits at
 * its field; what was typed is kept on the device until the bank has the sign-up.
 */
export function SignupForm({ event, user, onSignedUp }: SignupFormProps) {
  const form = useFormState<SignupValues>(loadSignupDraft(user.id, event.id) ?? EMPTY_SIGNUP)
  const submit = useSignUp(event.id)
  useEffect(() => saveSignupDraft(user.id, event.id, form.values), [user.id, event.id, form.values])

  const send = async () => {
    const checked = checkSignup(form.values)
    form.setErrors(checked.errors)
    if (!checked.request) return
    const result = await submit.execute(checked.request)
    if (result.ok) {
      clearSignupDraft(user.id, event.id)
      return onSignedUp(result.data)
    }
    form.setErrors(signupErrorsFromApi(result.error))
  }

  return (
    <View className="cc-signup-form">
      <View className="cc-signup-form__event">
        <Text className="cc-signup-form__title">{event.title}</Text>
        <Text className="cc-signup-form__line">{eventTimeText(event)}</Text>
        <Text className="cc-signup-form__line">
          {event.town} · {event.venue}
        </Text>
        <Text className="cc-signup-form__line">{placesText(event)}</Text>
      </View>
      <FormField label="姓名" error={form.errors.name}>
        <Input
          name="name"
          placeholder="与身份证一致的姓名"
          maxLength={20}
          value={form.values.name}
          onChange={form.change('name')}
        />
      </FormField>
      <FormField label="手机号" error={form.errors.phone} hint={`留空则使用登录手机号 ${user.phoneMasked}`}>
        <Input
          name="phone"
          type="tel"
          placeholder={`默认 ${user.phoneMasked}`}
          maxLength={13}
          value={form.values.phone}
          onChange={form.change('phone')}
        />
      </FormField>
      <FormField label="所在村（社区）" error={form.errors.village}>
        <Input
          name="village"
          placeholder="如 戴南村"
          maxLength={30}
          value={form.values.village}
          onChange={form.change('village')}
        />
      </FormField>
      <FormField label="参加人数（含本人）" error={form.errors.partySize}>
        <ChoiceGrid
          label="参加人数"
          columns={3}
          choices={PARTY_CHOICES}
          selected={form.values.partySize}
          onSelect={form.change('partySize')}
        />
      </FormField>
      <InlineError message={form.errors.form} />
      <Text className="cc-signup-form__privacy">
        您填写的信息仅用于本次活动的报名与签到，名额已满时将为您登记候补，有名额时按顺序通知。
      </Text>
      <View className="cc-signup-form__actions">
        <Button type="primary" size="large" block loading={submit.pending} onClick={() => void send()}>
          {event.placesLeft > 0 ? '提交报名' : '报名候补'}
        </Button>
      </View>
    </View>
  )
}
