import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import './apply/apply-steps.scss'

/** A button under a panel; the first primary one is the way forward. */
export interface PanelAction {
  label: string
  onClick: () => void
  primary?: boolean
}

/** Props of a status panel. */
export interface StatusPanelProps {
  title: string
  /** Lines under the title. */
  children?: ReactNode
  actions?: PanelAction[]
  /** Announce the panel to screen readers when it appears (a result, a refusal). */
  live?: boolean
}

/** Where the customer stands (a result, a precondition) and what to do next, in large buttons. */
export function StatusPanel({ title, children, actions = [], live = false }: StatusPanelProps) {
  return (
    <View className="cc-apply-step">
      <View className="cc-apply-step__card" role={live ? 'status' : undefined}>
        <Text className="cc-apply-step__title">{title}</Text>
        {children}
      </View>
      {actions.length > 0 ? (
        <View className="cc-apply-step__actions">
          {actions.map((action) => (
            <Button
              key={action.label}
              type={action.primary ? 'primary' : 'default'}
              size="large"
              block
              onClick={action.onClick}
            >
              {action.label}
            </Button>
          ))}
        </View>
      ) : null}
    </View>
  )
}

/** A muted line of a panel. */
export function PanelNote({ children }: { children: ReactNode }) {
  return <Text className="cc-apply-step__muted">{children}</Text>
}
