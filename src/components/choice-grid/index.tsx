import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import './index.scss'

/** One choice: a label, an optional second line, and whether it can be taken. */
export interface Choice {
  key: string
  label: string
  detail?: string
  disabled?: boolean
}

/** Props of a grid of choices. */
export interface ChoiceGridProps {
  choices: Choice[]
  selected?: string
  onSelect: (key: string) => void
  /** Columns of the grid; `scroll` makes one horizontally scrolling row (days). */
  columns?: 2 | 3 | 4 | 'scroll'
  /** What is being chosen (e.g. 选择日期): names the grid as a group for screen readers. */
  label?: string
}

/** Large tappable choices (days, time slots): the chosen one is filled, unavailable ones are greyed. */
export function ChoiceGrid({ choices, selected, onSelect, columns = 3, label }: ChoiceGridProps) {
  return (
    <View
      className={`cc-choices cc-choices--${columns}`}
      {...(label ? { role: 'group', ariaLabel: label } : {})}
    >
      {choices.map((choice) => (
        <Button
          key={choice.key}
          className="cc-choices__item"
          type={choice.key === selected ? 'primary' : 'default'}
          fill={choice.key === selected ? 'solid' : 'outline'}
          disabled={choice.disabled}
          // NutUI only styles a disabled button; its props type omits the ARIA props that it passes on to
          // Taro's Button, which writes them as attributes. Taro's H5 button has no role of its own: say
          // "button", and "disabled", to screen readers too.
          {...({ role: 'button', ariaDisabled: choice.disabled ?? false } as object)}
          onClick={() => onSelect(choice.key)}
        >
          <View className="cc-choices__content">
            <Text>{choice.label}</Text>
            {choice.detail ? <Text className="cc-choices__detail">{choice.detail}</Text> : null}
          </View>
        </Button>
      ))}
    </View>
  )
}
