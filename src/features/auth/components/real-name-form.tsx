import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { Me, RealNameCodeSent } from '@/contract/me'
import { FormField } from '@/components/form-field'
import { useFormState } from '@/components/form-field/use-form-state'
import { InlineError } from '@/components/inline-error'
import { SmsCodeField, type SendCodeOutcome } from '@/components/sms-code-field'
import { useAction } from '@/services/http/use-action'
import { bindRealName } from '../api/bind-real-name'
import { realNameErrorsFromApi, validateRealName, type RealNameValues } from '../model/real-name-form'
import './real-name-form.scss'

/** Props of the real-name binding form. */
export interface RealNameFormProps {
  onBound: (me: Me) => void
}

/**
 * Name + resident ID, checked here as the user types and again by the bank. A household with a
 * pre-approved limit is bound only with the code the bank texts to the phone it holds for it.
 */
export function RealNameForm({ onBound }: RealNameFormProps) {
  const { values, errors, setErrors, setFieldError, change } = useFormState<RealNameValues>({
    name: '',
    idNumber: '',
    smsCode: '',
  })
  const [codeSent, setCodeSent] = useState<RealNameCodeSent>()
  const bind = useAction((key, input: { name: string; idNumber: string; smsCode?: string }) =>
    bindRealName(input, key),
  )
  const identity = () => ({ name: values.name.trim(), idNumber: values.idNumber.trim() })

  const checkField = (field: 'name' | 'idNumber') => () => {
    if (values[field]) setFieldError(field, validateRealName(values)[field])
  }

  const submit = async () => {
    const found = validateRealName(values)
    if (found.name || found.idNumber) return setErrors(found)
    if (codeSent && !/^\d{6}$/.test(values.smsCode)) return setFieldError('smsCode', '请输入6位短信验证码')
    const result = await bind.execute({ ...identity(), smsCode: codeSent ? values.smsCode : undefined })
    if (!result.ok) return setErrors(realNameErrorsFromApi(result.error))
    if ('status' in result.data) return setCodeSent(result.data)
    onBound(result.data)
  }

  /** Asks the bank for another code (the same request, without one). */
  const resend = async (): Promise<SendCodeOutcome> => {
    const result = await bind.execute(identity())
    if (!result.ok) {
      return { ok: false, message: result.error.message, retryAfterSeconds: result.error.retryAfterSeconds }
    }
    const answer = result.data
    if (!('status' in answer)) {
      onBound(answer)
      return { ok: false }
    }
    setCodeSent(answer)
    return { ok: true, sent: answer }
  }

  return (
    <View className="cc-real-name">
      <FormField label="姓名" error={errors.name}>
        <Input
          name="name"
          placeholder="与身份证一致的姓名"
          // Longer than any name may be, so a pasted long text is refused with the rule, not cut short.
          maxLength={40}
          value={values.name}
          disabled={Boolean(codeSent)}
          onChange={change('name')}
          onBlur={checkField('name')}
        />
      </FormField>
      <FormField label="身份证号" error={errors.idNumber} hint="18位居民身份证号码，末位可能为X">
        <Input
          name="idNumber"
          type="idcard"
          placeholder="请输入18位身份证号"
          maxLength={18}
          value={values.idNumber}
          disabled={Boolean(codeSent)}
          onChange={(raw) => {
            const idNumber = raw.toUpperCase()
            change('idNumber')(idNumber)
            // All 18 typed: say at once whether the number is right, not only when the field is left.
            if (idNumber.length === 18)
              setFieldError('idNumber', validateRealName({ ...values, idNumber }).idNumber)
          }}
          onBlur={checkField('idNumber')}
        />
      </FormField>
      {codeSent ? (
        <>
          <Text className="cc-real-name__note">
            该身份证号已在本行整村授信名单中。为保护您的额度，请输入银行预留手机号 {codeSent.phoneMasked}{' '}
            收到的验证码；号码已更换的，请携带身份证到网点更新。
          </Text>
          <SmsCodeField
            value={values.smsCode}
            onChange={change('smsCode')}
            error={errors.smsCode}
            send={resend}
            sentTo={codeSent.phoneMasked}
            alreadySent={codeSent}
          />
        </>
      ) : null}
      <InlineError message={errors.form} />
      <View className="cc-real-name__actions">
        <Button type="primary" size="large" block loading={bind.pending} onClick={submit}>
          {codeSent ? '验证并认证' : '提交认证'}
        </Button>
      </View>
    </View>
  )
}
