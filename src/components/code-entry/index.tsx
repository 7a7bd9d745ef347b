import { Button, Input } from '@nutui/nutui-react-taro'
import { FormField } from '@/components/form-field'

/** Props of a typed-code field with its send button. */
export interface CodeEntryProps {
  label: string
  /** Where the code is found (under the customer's QR…). */
  hint: string
  /** The field's refusal: a typo caught here, or the bank's answer to this field. */
  error?: string
  /** The input's name (what browser tests and autofill see). */
  name: string
  placeholder: string
  /** Room for the digits and the spaces people type while reading a code aloud. */
  maxLength: number
  /** 'number' for short codes; 'digit' where a phone keyboard must not eat the spaces. */
  type?: 'number' | 'digit'
  value: string
  onChange: (value: string) => void
  submitLabel: string
  pending: boolean
  onSubmit: () => void
}

/** A code typed when the camera cannot scan: the field, its hint or refusal, and the button that sends it. */
export function CodeEntry(props: CodeEntryProps) {
  return (
    <FormField
      label={props.label}
      hint={props.hint}
      error={props.error}
      extra={
        <Button type="primary" size="small" loading={props.pending} onClick={props.onSubmit}>
          {props.submitLabel}
        </Button>
      }
    >
      <Input
        name={props.name}
        type={props.type ?? 'number'}
        placeholder={props.placeholder}
        maxLength={props.maxLength}
        value={props.value}
        onChange={props.onChange}
      />
    </FormField>
  )
}
