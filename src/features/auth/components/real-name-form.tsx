import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { Me } from '@/contract/me'
import { FormField } from '@/components/form-field'
import { useFormState } from '@/components/form-field/use-form-state'
import { InlineError } from '@/components/inline-error'
import { useAction } from '@/services/http/use-action'
import { bindRealName } from '../api/bind-real-name'
import { realNameErrorsFromApi, validateRealName, type RealNameValues } from '../model/real-name-form'
import './real-name-form.scss'

/** Props of the real-name binding form. */
export interface RealNameFormProps {
  onBound: (me: Me) => void
}

/** Name + resident ID, checked here as the user types and again by the bank. */
export function RealNameForm({ onBound }: RealNameFormProps) {
  const { values, errors, setErrors, setFieldError, change } = useFormState<RealNameValues>({
    name: '',
    idNumber: '',
  })
  const bind = useAction((key, input: RealNameValues) => bindRealName(input, key))

  const checkField = (field: keyof RealNameValues) => () => {
    if (values[field]) setFieldError(field, validateRealName(values)[field])
  }

  const submit = async () => {
    const found = validateRealName(values)
    if (found.name || found.idNumber) return setErrors(found)
    const result = await bind.execute({ name: values.name.trim(), idNumber: values.idNumber.trim() })
    if (result.ok) onBound(result.data)
    else setErrors(realNameErrorsFromApi(result.error))
  }

  return (
    <View className="cc-real-name">
      <FormField label="姓名" error={errors.name}>
        <Input
          name="name"
          placeholder="与身份证一致的姓名"
          maxLength={20}
          value={values.name}
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
          onChange={change('idNumber', (raw) => raw.toUpperCase())}
          onBlur={checkField('idNumber')}
        />
      </FormField>
      <InlineError message={errors.form} />
      <View className="cc-real-name__actions">
        <Button type="primary" size="large" block loading={bind.pending} onClick={submit}>
          提交认证
        </Button>
      </View>
    </View>
  )
}
