import { View } from '@tarojs/components'
import './index.scss'

/** Props of an inline error. */
export interface InlineErrorProps {
  /** Chinese message; nothing is drawn when empty. */
  message?: string
  onClick?: () => void
}

/** A message next to the action it is about, announced to screen readers. */
export function InlineError({ message, onClick }: InlineErrorProps) {
  if (!message) return null
  return (
    <View className="cc-inline-error" role="alert" onClick={onClick}>
      {message}
    </View>
  )
}
