import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input, type InputProps } from '@nutui/nutui-react-taro'
import { COUPON_CATEGORIES } from '@/contract/constants'
import type { MerchantApplication } from '@/contract/merchant-applications'
import { ChoiceGrid } from '@/components/choice-grid'
import { FormField } from '@/components/form-field'
import { TextField } from '@/components/form-field/text-field'
import { useFormState } from '@/components/form-field/use-form-state'
import { InlineError } from '@/components/inline-error'
import { COUPON_CATEGORY_NAMES } from '@/utils/coupon-category'
import { useCreateMerchantApplication } from '../api/create-merchant-application'
import {
  applicationErrorsFromApi,
  checkApplication,
  clearApplicationDraft,
  creditCodeNote,
  EMPTY_APPLICATION,
  loadApplicationDraft,
  saveApplicationDraft,
  type ApplicationValues,
} from '../model/application-form'
import './application-form.scss'

/** Props of the 商户入驻 form. */
export interface ApplicationFormProps {
  /** Whose draft this is (a shared phone keeps one per person). */
  userId: string
  /** Branches to choose from (the page reads them). */
  branches: { id: string; name: string }[]
  onSubmitted: (application: MerchantApplication) => void
  /** The referral of the application (or 商户收单 enquiry) the bank says is still open. */
  onOpenExisting: (referralId: string) => void
}

/** Shop, credit code, address, contact, category and branch; each refusal sits at its field. */
export function ApplicationForm({ userId, branches, onSubmitted, onOpenExisting }: ApplicationFormProps) {
  const form = useFormState<ApplicationValues>(loadApplicationDraft(userId) ?? EMPTY_APPLICATION)
  const submit = useCreateMerchantApplication()
  const [openReferral, setOpenReferral] = useState<string>()
  useEffect(() => saveApplicationDraft(userId, form.values), [userId, form.values])
  const note = creditCodeNote(form.values.creditCode)

  const send = async () => {
    setOpenReferral(undefined)
    const checked = checkApplication(form.values)
    form.setErrors(checked.errors)
    if (!checked.request) return
    const result = await submit.execute(checked.request)
    if (result.ok) {
      clearApplicationDraft(userId)
      return onSubmitted(result.data)
    }
    const referralId = result.error.details?.referralId
    if (result.error.code === 'REFERRAL_OPEN' && typeof referralId === 'string') {
      setOpenReferral(referralId)
    }
    form.setErrors(applicationErrorsFromApi(result.error))
  }

  const text = (
    field: keyof ApplicationValues & string,
    label: string,
    placeholder: string,
    input: Partial<InputProps> = {},
  ) => <TextField form={form} field={field} label={label} placeholder={placeholder} input={input} />

  return (
    <View className="cc-merchant-apply">
      <Text className="cc-merchant-apply__intro">
        加入好邻居商户联盟：提交后由您所选网点的客户经理联系您，核实资料后开通收单与优惠券服务。
      </Text>
      {text('shopName', '店铺名称', '与营业执照一致，如 戴南某某五金店', { maxLength: 40 })}
      <FormField
        label="统一社会信用代码"
        error={form.errors.creditCode ?? note.error}
        hint={note.warning ? undefined : '营业执照上的18位代码，字母请大写'}
      >
        <Input
          name="creditCode"
          placeholder="如 92321281MA1N2QX79L"
          maxLength={22}
          value={form.values.creditCode}
          onChange={form.change('creditCode')}
        />
      </FormField>
      {note.warning && !form.errors.creditCode ? (
        <View className="cc-merchant-apply__warning" role="status">
          {note.warning}
        </View>
      ) : null}
      {text('address', '经营地址', '如 兴化市戴南镇兴达路26号', { maxLength: 100 })}
      {text('contactName', '联系人', '与身份证一致的姓名', { maxLength: 20 })}
      {text('contactPhone', '联系电话', '11位手机号', { type: 'tel', maxLength: 13 })}
      <FormField label="经营类别" error={form.errors.category}>
        <ChoiceGrid
          label="经营类别"
          columns={3}
          choices={COUPON_CATEGORIES.map((c) => ({ key: c, label: COUPON_CATEGORY_NAMES[c] }))}
          selected={form.values.category}
          onSelect={form.change('category')}
        />
      </FormField>
      <FormField label="附近的网点" error={form.errors.branchId}>
        <ChoiceGrid
          label="附近的网点"
          columns={2}
          choices={branches.map((b) => ({ key: b.id, label: b.name }))}
          selected={form.values.branchId}
          onSelect={form.change('branchId')}
        />
      </FormField>
      <InlineError message={form.errors.form} />
      {openReferral ? (
        <View className="cc-merchant-apply__actions">
          <Button fill="outline" type="primary" block onClick={() => onOpenExisting(openReferral)}>
            查看已提交的申请
          </Button>
        </View>
      ) : null}
      <Text className="cc-merchant-apply__privacy">
        您填写的信息仅用于商户入驻审核，客户经理将通过联系电话与您联系。
      </Text>
      <View className="cc-merchant-apply__actions">
        <Button type="primary" size="large" block loading={submit.pending} onClick={send}>
          提交入驻申请
        </Button>
      </View>
    </View>
  )
}
