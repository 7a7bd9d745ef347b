import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { LoginResult } from '@/contract/auth'
import { FormField } from '@/components/form-field'
import { useFormState } from '@/components/form-field/use-form-state'
import { InlineError } from '@/components/inline-error'
import { maskPhone } from '@/utils/mask'
import { useAction } from '@/services/http/use-action'
import { sendSmsCode } from '../api/send-sms-code'
import { smsLogin } from '../api/sms-login'
import { useCountdown } from '@/components/sms-code-field/use-countdown'
import {
  loginErrorsFromApi,
  retryAfterSeconds,
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
  const [codeSentTo, setCodeSentTo] = useState<string>()
  const countdown = useCountdown()
  const sending = useAction((key, phone: string) => sendSmsCode(phone, key))
  const login = useAction((key, input: LoginFormValues) => smsLogin({ ...input, wechatTicket }, key))

  const requestCode = async () => {
    if (!privacyAccepted) return onNeedPrivacy()
    const phoneError = validatePhone(values.phone)
    if (phoneError) return setFieldError('phone', phoneError)
    const result = await sending.execute(values.phone)
    if (result.ok) {
      countdown.start(result.data.resendAfterSeconds)
      setCodeSentTo(values.phone)
      return setErrors({})
    }
    const wait = retryAfterSeconds(result.error)
    if (wait && result.error.code === 'SMS_TOO_FREQUENT') countdown.start(wait)
    setErrors(loginErrorsFromApi(result.error))
  }

  const submit = async () => {
    if (!privacyAccepted) return onNeedPrivacy()
    const found = validateLoginForm(values)
    if (Object.keys(found).length > 0) return setErrors(found)
    const result = await login.execute(values)
    if (result.ok) return onLoggedIn(result.data)
    if (wechatTicket && ['WECHAT_TICKET_INVALID', 'WECHAT_ALREADY_BOUND'].includes(result.error.code)) {
      onTicketRejected?.()
      return setErrors({ form: `${result.error.message}。请直接用手机号登录（验证码仍可使用）。` })
    }
    setErrors(loginErrorsFromApi(result.error))
  }

  const sendLabel =
    countdown.secondsLeft > 0 ? `${countdown.secondsLeft}秒后重发` : codeSentTo ? '重新获取' : '获取验证码'

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
      <FormField
        label="短信验证码"
        error={errors.code}
        hint={codeSentTo ? `验证码已发送至 ${maskPhone(codeSentTo)}，5分钟内有效` : undefined}
        extra={
          <Button
            size="small"
            fill="outline"
            type="primary"
            className="cc-login-form__send"
            disabled={countdown.secondsLeft > 0 || sending.pending}
            loading={sending.pending}
            onClick={requestCode}
          >
            {sendLabel}
          </Button>
        }
      >
        <Input
          name="code"
          type="number"
          placeholder="6位数字验证码"
          maxLength={6}
          value={values.code}
          onChange={change('code', digitsOnly)}
        />
      </FormField>
      <InlineError message={errors.form} />
      <View className="cc-login-form__actions">
        <Button type="primary" size="large" block loading={login.pending} onClick={submit}>
          {wechatTicket ? '绑定手机号并登录' : '登录'}
        </Button>
      </View>
    </View>
  )
}
