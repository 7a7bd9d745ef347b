import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.scss'

/** Props of a labelled form field. */
export interface FormFieldProps {
  label: string
  /** Chinese message shown under the control when the value was refused. */
  error?: string
  /** Quiet help under the control when there is no error. */
  hint?: string
  children: ReactNode
  /** Something at the right of the control, such as a "send code" button. */
  extra?: ReactNode
}

/** A label, a control and its message: errors always appear next to the field they are about. */
export function FormField({ label, error, hint, children, extra }: FormFieldProps) {
  return (
    <View className={`cc-field${error ? ' cc-field--error' : ''}`}>
      <Text className="cc-field__label">{label}</Text>
      <View className="cc-field__row">
        <View className="cc-field__control">{children}</View>
        {extra}
      </View>
      {error ? (
        <View className="cc-field__message cc-field__message--error" role="alert">
          {error}
        </View>
      ) : hint ? (
        <Text className="cc-field__message">{hint}</Text>
      ) : null}
    </View>
  )
}
