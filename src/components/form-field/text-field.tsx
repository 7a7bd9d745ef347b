import type { InputProps } from '@nutui/nutui-react-taro'
import { Input } from '@nutui/nutui-react-taro'
import { FormField } from './index'
import type { FormErrors } from './use-form-state'

/** The part of useFormState a text field needs. */
interface FormOf<V> {
  values: V
  errors: FormErrors<V>
  change: (field: keyof V) => (raw: string) => void
}

/** Props of one text field of a form kept by useFormState. */
export interface TextFieldProps<V extends { [K in keyof V]: string }> {
  form: FormOf<V>
  field: keyof V & string
  label: string
  placeholder: string
  /** More of the input's props (maxLength, type). */
  input?: Partial<InputProps>
}

/** A labelled text input bound to its field's value and message. */
export function TextField<V extends { [K in keyof V]: string }>({
  form,
  field,
  label,
  placeholder,
  input,
}: TextFieldProps<V>) {
  return (
    <FormField label={label} error={form.errors[field]}>
      <Input
        name={field}
        placeholder={placeholder}
        value={form.values[field]}
        onChange={form.change(field)}
        {...input}
      />
    </FormField>
  )
}
