import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { LoginResult } from '@/contract/auth'
import { FormField } from '@/components/form-field'
import { useFormState } from '@/components/form-field/use-form-state'
import { InlineError } from '@/components/inline-error'
import { SmsCodeField, type SendCodeOutcome } from '@/components/sms-code-field'
import { maskPhone } from '@/utils/mask'
import { useAction } from '@/services/http/use-action'
import { sendSmsCode } from '../api/send-sms-code'
import { smsLogin } from '../api/sms-login'
import {
  loginErrorsFromApi,
  validateLoginForm,
  validatePhone,
  type LoginFormValues,
} from '../model/login-form'
import './sms-login-form.scss'

/** Props of the phone + SMS code login form. */
export interface SmsLoginFormProps {
  /** Set when a WeChat identity waits to be bound to this phone. */
  wechatTicket?: string
  /** Whether the privacy notice was accepted; without it nothing is sent. */
  privacyAccepted: boolean
  onNeedPrivacy: () => void
  onLoggedIn: (result: LoginResult) => void
  /** The bank no longer accepts the WeChat identity waiting to be bound: log in by phone alone. */
  onTicketRejected?: () => void
}

const digitsOnly = (raw: string) => raw.replace(/\D/g, '')

/** Phone number and SMS code; every refusal appears next to its field and nothing typed is lost. */
export function SmsLoginForm({
  wechatTicket,
  privacyAccepted,
  onNeedPrivacy,
  onLoggedIn,
  onTicketRejected,
}: SmsLoginFormProps) {
  const { values, errors, setErrors, setFieldError, change } = useFormState<LoginFormValues>({
    phone: '',
    code: '',
  })
  const sending = useAction((key, phone: string) => sendSmsCode(phone, key))
  const login = useAction((key, input: LoginFormValues) => smsLogin({ ...input, wechatTicket }, key))

  // Refusals of the number (format, too frequent, locked) are shown under the phone field.
  const requestCode = async (): Promise<SendCodeOutcome> => {
    if (!privacyAccepted) {
      onNeedPrivacy()
      return { ok: false }
    }
    const phoneError = validatePhone(values.phone)
    if (phoneError) {
      setFieldError('phone', phoneError)
      return { ok: false }
    }
    const result = await sending.execute(values.phone)
    if (result.ok) {
      setErrors({})
      return { ok: true, sent: result.data }
    }
    setErrors(loginErrorsFromApi(result.error))
    // A limit says when to ask again: the send button counts down to it.
    return { ok: false, retryAfterSeconds: result.error.retryAfterSeconds }
  }

  const submit = async () => {
    if (!privacyAccepted) return onNeedPrivacy()
    const found = validateLoginForm(values)
    if (Object.keys(found).length > 0) return setErrors(found)
    const result = await login.execute(values)
    if (result.ok) return onLoggedIn(result.data)
    const ticketRefused =
      result.error.code === 'WECHAT_TICKET_INVALID' || result.error.code === 'WECHAT_ALREADY_BOUND'
    if (wechatTicket && ticketRefused) {
      onTicketRejected?.()
      return setErrors({ form: `${result.error.message}。请直接用手机号登录（验证码仍可使用）。` })
    }
    setErrors(loginErrorsFromApi(result.error))
  }

  return (
    <View className="cc-login-form">
      <FormField label="手机号" error={errors.phone}>
        <Input
          name="phone"
          type="tel"
          placeholder="请输入11位手机号"
          maxLength={11}
          value={values.phone}
          onChange={change('phone', digitsOnly)}
        />
      </FormField>
      <SmsCodeField
        name="code"
        value={values.code}
        onChange={change('code', digitsOnly)}
        error={errors.code}
        send={requestCode}
        sentTo={maskPhone(values.phone)}
      />
      <InlineError message={errors.form} />
      <View className="cc-login-form__actions">
        <Button type="primary" size="large" block loading={login.pending} onClick={submit}>
          {wechatTicket ? '绑定手机号并登录' : '登录'}
        </Button>
      </View>
    </View>
  )
}
