import { useState, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import { SmsCodeField, sendCodeOutcome } from '@/components/sms-code-field'
import type { ApiError } from '@/services/http/api-error'
import { createIdempotencyKey } from '@/services/http/idempotency-key'
import { formatFen } from '@/utils/money'
import { sendRepaymentCode } from '../api/repay'
import './apply/apply-steps.scss'

/** Props of a repayment's confirmation. */
export interface RepaymentConfirmProps {
  loanId: string
  title: string
  /** What the amount is made of (principal, interest, penalty…). */
  children: ReactNode
  amountFen: number
  cardLastFour: string
  phoneMasked: string
  pending: boolean
  /** The bank's refusal of the last try (a wrong code shows under the code field). */
  error?: ApiError
  onConfirm: (smsCode: string) => void
  onCancel: () => void
}

/** Every debit from the customer's card is confirmed with an SMS code, as the drawdown is. */
export function RepaymentConfirm(props: RepaymentConfirmProps) {
  const { loanId, title, children, amountFen, cardLastFour, phoneMasked, pending, error } = props
  const [code, setCode] = useState('')
  const [missing, setMissing] = useState(false)
  const codeError = missing ? '请输入短信验证码' : error?.fieldErrors.smsCode
  const confirm = () => {
    setMissing(code.length !== 6)
    if (code.length === 6) props.onConfirm(code)
  }
  return (
    <View className="cc-apply-step__card" role="region" ariaLabel={title}>
      <Text className="cc-apply-step__title">{title}</Text>
      {children}
      <Text className="cc-apply-step__apr">合计 ¥{formatFen(amountFen)}</Text>
      <Text className="cc-apply-step__muted">将从尾号 {cardLastFour} 的收款卡扣款。</Text>
      <SmsCodeField
        value={code}
        onChange={(value) => {
          setCode(value)
          setMissing(false)
        }}
        error={codeError}
        send={() => {
          setMissing(false)
          return sendCodeOutcome(() => sendRepaymentCode(loanId, createIdempotencyKey()))
        }}
        sentTo={phoneMasked}
      />
      <InlineError message={error && !error.fieldErrors.smsCode ? error.message : undefined} />
      <View className="cc-apply-step__actions">
        <Button type="primary" size="large" block loading={pending} onClick={confirm}>
          确认还款 ¥{formatFen(amountFen)}
        </Button>
        <Button size="large" block onClick={props.onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
