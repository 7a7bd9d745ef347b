import { Text, View } from '@tarojs/components'
import './option-list.scss'

/** One option: its key, its name and a second line. */
export interface Option {
  key: string
  title: string
  detail?: string
}

/** Props of a list of options. */
export interface OptionListProps {
  /** What is being chosen, for screen readers. */
  label: string
  options: Option[]
  selected?: string
  onSelect: (key: string) => void
}

/** Full-width rows to pick one of (templates, events): long names wrap instead of being cut off. */
export function OptionList({ label, options, selected, onSelect }: OptionListProps) {
  return (
    <View className="cc-options" role="group" ariaLabel={label}>
      {options.map((o) => {
        const on = o.key === selected
        return (
          <View
            key={o.key}
            className={`cc-options__item${on ? ' cc-options__item--on' : ''}`}
            role="button"
            // Taro's View types omit aria-pressed, which both builds pass through as an attribute.
            {...({ ariaPressed: on } as object)}
            onClick={() => onSelect(o.key)}
          >
            <Text className="cc-options__title">{o.title}</Text>
            {o.detail ? <Text className="cc-options__detail">{o.detail}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
