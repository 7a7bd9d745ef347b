import { Text, View } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { PREFERRED_TIMES } from '@/contract/constants'
import type { Product, Town } from '@/contract/products'
import type { PreferredTime } from '@/contract/constants'
import type { Referral } from '@/contract/referrals'
import { ChoiceGrid } from '@/components/choice-grid'
import { FormField } from '@/components/form-field'
import { useFormState } from '@/components/form-field/use-form-state'
import { InlineError } from '@/components/inline-error'
import { formErrorsFromApi } from '@/services/http/form-errors'
import { useCreateReferral } from '../api/create-referral'
import { preferredTimeLabels } from '../model/referral-labels'
import './referral-form.scss'

/** Props of the "请客户经理联系我" form. */
export interface ReferralFormProps {
  product: Product
  towns: Town[]
  onSubmitted: (referral: Referral) => void
  /** Called with the open referral the bank says already exists for this product. */
  onAlreadyOpen: (referralId: string) => void
}

type Values = { town: string; preferredTime: string; note: string }

/** Town, a convenient time and a short note: the town's customer manager gets it and calls back. */
export function ReferralForm({ product, towns, onSubmitted, onAlreadyOpen }: ReferralFormProps) {
  const form = useFormState<Values>({ town: '', preferredTime: 'anytime', note: '' })
  const submit = useCreateReferral()
  const manager = towns.find((t) => t.name === form.values.town)?.managerNameMasked

  const send = async () => {
    if (!form.values.town) return form.setFieldError('town', '请选择您所在的乡镇')
    const result = await submit.execute({
      productId: product.id,
      town: form.values.town,
      preferredTime: form.values.preferredTime as PreferredTime,
      note: form.values.note.trim() || undefined,
    })
    if (result.ok) return onSubmitted(result.data)
    const referralId = result.error.details?.referralId
    if (result.error.code === 'REFERRAL_OPEN' && typeof referralId === 'string')
      return onAlreadyOpen(referralId)
    form.setErrors(formErrorsFromApi(result.error, { fields: { town: 'town', note: 'note' } }))
  }

  return (
    <View className="cc-referral-form">
      <FormField
        label="您所在的乡镇"
        error={form.errors.town}
        hint={manager ? `将由 ${manager} 客户经理与您联系` : undefined}
      >
        <ChoiceGrid
          columns={3}
          choices={towns.map((t) => ({ key: t.name, label: t.name }))}
          selected={form.values.town}
          onSelect={form.change('town')}
        />
      </FormField>
      <FormField label="方便联系的时间" error={form.errors.preferredTime}>
        <ChoiceGrid
          columns={2}
          choices={PREFERRED_TIMES.map((time) => ({ key: time, label: preferredTimeLabels[time] }))}
          selected={form.values.preferredTime}
          onSelect={form.change('preferredTime')}
        />
      </FormField>
      <FormField label="想了解的内容（选填）" error={form.errors.note}>
        <TextArea
          placeholder="如：想了解额度和利率，200字以内"
          maxLength={200}
          value={form.values.note}
          onChange={form.change('note')}
        />
      </FormField>
      <InlineError message={form.errors.form} />
      <Text className="cc-referral-form__privacy">提交后，客户经理将通过您登录的手机号与您联系。</Text>
      <View className="cc-referral-form__actions">
        <Button type="primary" size="large" block loading={submit.pending} onClick={send}>
          请客户经理联系我
        </Button>
      </View>
    </View>
  )
}
