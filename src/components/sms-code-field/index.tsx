import { useEffect, useState } from 'react'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { SmsCodeResult } from '@/contract/auth'
import { FormField } from '@/components/form-field'
import { codeValidityText } from '@/utils/rule-text'
import { useCountdown } from './use-countdown'
import './index.scss'

import type { SendCodeOutcome } from './send-outcome'

export { sendCodeOutcome, type SendCodeOutcome } from './send-outcome'

/** Props of an SMS code field with its "send" button. */
export interface SmsCodeFieldProps {
  label?: string
  /** Input name (forms and tests find the field by it). */
  name?: string
  value: string
  onChange: (value: string) => void
  /** The bank's refusal of the code, shown under the field. */
  error?: string
  /** Asks the bank to text a code. */
  send: () => Promise<SendCodeOutcome>
  /** Where the code goes, masked (e.g. 139****0001), for the line shown once it is sent. */
  sentTo: string
  /** A code the bank already sent before the field appeared (its answer starts the countdown). */
  alreadySent?: SmsCodeResult
}

const digitsOnly = (raw: string) => raw.replace(/\D/g, '').slice(0, 6)

/**
 * Six-digit code and a send button that counts down the bank's resend window; once sent, says where
 * the code went and how long it lasts, from the bank's answer.
 */
export function SmsCodeField({
  label = '短信验证码',
  name = 'smsCode',
  value,
  onChange,
  error,
  send,
  sentTo,
  alreadySent,
}: SmsCodeFieldProps) {
  const countdown = useCountdown()
  const [sending, setSending] = useState(false)
  const sentLine = (sent: SmsCodeResult) =>
    `验证码已发送至 ${sentTo}，${codeValidityText(sent.expiresInSeconds)}`
  const [sentHint, setSentHint] = useState(alreadySent && sentLine(alreadySent))
  const [sendError, setSendError] = useState<string>()
  useEffect(() => {
    if (alreadySent) countdown.start(alreadySent.resendAfterSeconds)
    // Once, for the code sent before the field appeared.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const requestCode = async () => {
    setSending(true)
    setSendError(undefined)
    try {
      const outcome = await send()
      if (outcome.ok) {
        setSentHint(sentLine(outcome.sent))
        countdown.start(outcome.sent.resendAfterSeconds)
      } else {
        setSendError(outcome.message)
        if (outcome.retryAfterSeconds) countdown.start(outcome.retryAfterSeconds)
      }
    } finally {
      setSending(false)
    }
  }

  const sendLabel =
    countdown.secondsLeft > 0 ? `${countdown.secondsLeft}秒后重发` : sentHint ? '重新获取' : '获取验证码'
  return (
    <FormField
      label={label}
      error={error ?? sendError}
      hint={sentHint}
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
        name={name}
        type="number"
        placeholder="6位数字验证码"
        maxLength={6}
        value={value}
        onChange={(raw) => onChange(digitsOnly(raw))}
      />
    </FormField>
  )
}
