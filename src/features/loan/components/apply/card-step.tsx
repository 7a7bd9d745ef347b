import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { LoanApplication } from '@/contract/loans'
import type { Me } from '@/contract/me'
import { FormField } from '@/components/form-field'
import { InlineError } from '@/components/inline-error'
import { useAction } from '@/services/http/use-action'
import { cardNumberProblem, groupCardNumber, normalizeCardNumber } from '@/utils/bank-card'
import { saveDisbursementCard } from '../../api/application-steps'
import './apply-steps.scss'

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
  const save = useAction((key, digits: string) => saveDisbursementCard(application.id, digits, key))
  const [problem, setProblem] = useState<string>()
  const bankProblem = save.error?.fieldErrors.cardNumber

  const submit = async () => {
    const found = cardNumberProblem(cardNumber)
    if (found) return setProblem(found)
    const result = await save.execute(normalizeCardNumber(cardNumber))
    if (result.ok) onSaved(result.data)
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
          application.card ? `已绑定 ${application.card.numberMasked}` : '放款将转入此卡，还款也从此卡扣收'
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
            onCardNumberChange(raw.replace(/\D/g, '').slice(0, 19))
          }}
        />
      </FormField>
      <InlineError message={save.error && !bankProblem ? save.error.message : undefined} />
      <View className="cc-apply-step__actions">
        <Button type="primary" size="large" block loading={save.pending} onClick={submit}>
          下一步
        </Button>
      </View>
    </View>
  )
}
