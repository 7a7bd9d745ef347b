import { useState } from 'react'
import { Button, Input } from '@nutui/nutui-react-taro'
import { FormField } from '@/components/form-field'
import { useCountdown } from './use-countdown'
import './index.scss'

/** What asking for a code ended with. */
export type SendCodeOutcome =
  | { ok: true; resendAfterSeconds: number }
  | { ok: false; message: string; code?: string; retryAfterSeconds?: number }

/** Props of an SMS code field with its "send" button. */
export interface SmsCodeFieldProps {
  label?: string
  value: string
  onChange: (value: string) => void
  /** The bank's refusal of the code, shown under the field. */
  error?: string
  /** Asks the bank to text a code. */
  send: () => Promise<SendCodeOutcome>
  /** Shown once a code was sent, e.g. where it went. */
  sentHint: string
}

const digitsOnly = (raw: string) => raw.replace(/\D/g, '').slice(0, 6)

/** Six-digit code and a send button that counts down the bank's resend window. */
export function SmsCodeField({
  label = '短信验证码',
  value,
  onChange,
  error,
  send,
  sentHint,
}: SmsCodeFieldProps) {
  const countdown = useCountdown()
  const [sending, setSending] = useState(false)
  const [sent, setSent] = useState(false)
  const [sendError, setSendError] = useState<string>()

  const requestCode = async () => {
    setSending(true)
    setSendError(undefined)
    try {
      const outcome = await send()
      if (outcome.ok) {
        setSent(true)
        countdown.start(outcome.resendAfterSeconds)
      } else {
        setSendError(outcome.message)
        if (outcome.retryAfterSeconds) countdown.start(outcome.retryAfterSeconds)
      }
    } finally {
      setSending(false)
    }
  }

  const sendLabel =
    countdown.secondsLeft > 0 ? `${countdown.secondsLeft}秒后重发` : sent ? '重新获取' : '获取验证码'
  return (
    <FormField
      label={label}
      error={error ?? sendError}
      hint={sent ? sentHint : undefined}
      extra={
        <Button
          size="small"
          fill="outline"
          type="primary"
          className="cc-sms-code__send"
          disabled={countdown.secondsLeft > 0 || sending}
          loading={sending}
          onClick={requestCode}
        >
          {sendLabel}
        </Button>
      }
    >
      <Input
        name="smsCode"
        type="number"
        placeholder="6位数字验证码"
        maxLength={6}
        value={value}
        onChange={(raw) => onChange(digitsOnly(raw))}
      />
    </FormField>
  )
}
