import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { CardCodeSent, LoanApplication } from '@/contract/loans'
import type { Me } from '@/contract/me'
import { FormField } from '@/components/form-field'
import { InlineError } from '@/components/inline-error'
import { SmsCodeField, type SendCodeOutcome } from '@/components/sms-code-field'
import { useAction } from '@/services/http/use-action'
import { cardNumberProblem, groupCardNumber, normalizeCardNumber } from '@/utils/bank-card'
import { saveDisbursementCard } from '../../api/application-steps'
import './apply-steps.scss'

/** The bank's 202: a code went to the card's reserved phone (an application never has that status). */
const isCodeSent = (answer: LoanApplication | CardCodeSent): answer is CardCodeSent =>
  answer.status === 'CODE_SENT'

/** Props of the disbursement-card step. */
export interface CardStepProps {
  application: LoanApplication
  user: Me
  /** The card number as typed (kept in the local draft). */
  cardNumber: string
  onCardNumberChange: (value: string) => void
  onSaved: (application: LoanApplication) => void
}

/** Who is borrowing (the real-name identity) and the card the money is paid into. */
export function CardStep({ application, user, cardNumber, onCardNumberChange, onSaved }: CardStepProps) {
  const save = useAction((key, card: { cardNumber: string; smsCode?: string }) =>
    saveDisbursementCard(application.id, card, key),
  )
  const [problem, setProblem] = useState<string>()
  // The bank checked the card's holder and texted its reserved phone: the code binds the card.
  const [codeSent, setCodeSent] = useState<CardCodeSent>()
  const [smsCode, setSmsCode] = useState('')
  const [codeProblem, setCodeProblem] = useState<string>()
  const bankProblem = save.error?.fieldErrors.cardNumber
  const bankCodeProblem = save.error?.fieldErrors.smsCode

  const submit = async () => {
    const found = cardNumberProblem(cardNumber)
    if (found) return setProblem(found)
    if (codeSent && !/^\d{6}$/.test(smsCode)) return setCodeProblem('请输入6位短信验证码')
    const result = await save.execute({
      cardNumber: normalizeCardNumber(cardNumber),
      smsCode: codeSent ? smsCode : undefined,
    })
    if (!result.ok) return
    if (isCodeSent(result.data)) return setCodeSent(result.data)
    onSaved(result.data)
  }

  /** Asks for another code: the same card, without one. */
  const resend = async (): Promise<SendCodeOutcome> => {
    const result = await save.execute({ cardNumber: normalizeCardNumber(cardNumber) })
    if (!result.ok)
      return { ok: false, message: result.error.message, retryAfterSeconds: result.error.retryAfterSeconds }
    if (!isCodeSent(result.data)) return { ok: false }
    setCodeSent(result.data)
    return { ok: true, sent: result.data }
  }

  return (
    <View className="cc-apply-step">
      <View className="cc-apply-step__card">
        <Text className="cc-apply-step__title">借款人</Text>
        <Text>
          {user.nameMasked} · 身份证 {user.idNumberMasked}
        </Text>
        <Text className="cc-apply-step__muted">已通过实名认证，借款人须为本人</Text>
      </View>
      <FormField
        label="收款银行卡（本人借记卡）"
        error={problem ?? bankProblem}
        hint={
          application.card
            ? `已绑定 ${application.card.numberMasked}`
            : '放款将转入此卡，还款也从此卡扣收；须为您本人名下的借记卡，将向银行预留手机号发送验证码'
        }
      >
        <Input
          name="cardNumber"
          type="number"
          placeholder="请输入16至19位银行卡号"
          maxLength={23}
          value={groupCardNumber(cardNumber)}
          onChange={(raw) => {
            setProblem(undefined)
            save.clearError()
            // Another card needs its own check and its own code.
            setCodeSent(undefined)
            setSmsCode('')
            onCardNumberChange(raw.replace(/\D/g, '').slice(0, 19))
          }}
        />
      </FormField>
      {codeSent ? (
        <SmsCodeField
          label="银行预留手机号验证码"
          value={smsCode}
          onChange={(value) => {
            setSmsCode(value)
            setCodeProblem(undefined)
          }}
          error={codeProblem ?? bankCodeProblem}
          send={resend}
          sentTo={`银行预留手机号 ${codeSent.phoneMasked}`}
          alreadySent={codeSent}
        />
      ) : null}
      <InlineError
        message={save.error && !bankProblem && !bankCodeProblem ? save.error.message : undefined}
      />
      <View className="cc-apply-step__actions">
        <Button type="primary" size="large" block loading={save.pending} onClick={submit}>
          {codeSent ? '确认绑定' : '下一步'}
        </Button>
      </View>
    </View>
  )
}
