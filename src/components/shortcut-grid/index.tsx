import { Text, View } from '@tarojs/components'
import { Grid } from '@nutui/nutui-react-taro'
import { useElderMode } from '@/services/preferences/elder-mode'
import './index.scss'

/** One entry of the shortcut grid. */
export interface Shortcut {
  key: string
  title: string
  /** One character drawn as the icon: small, legible at any size, no icon font to download. */
  glyph: string
  onClick: () => void
}

/** Props of the shortcut grid. */
export interface ShortcutGridProps {
  title: string
  items: Shortcut[]
}

/**
 * A titled grid of large, labelled shortcuts: four a row, three in elder mode, where four labels of four
 * large characters do not fit side by side.
 */
export function ShortcutGrid({ title, items }: ShortcutGridProps) {
  const elder = useElderMode()
  return (
    <View className="cc-shortcuts">
      <Text className="cc-shortcuts__title">{title}</Text>
      <Grid columns={elder ? 3 : 4} gap={0}>
        {items.map((item) => (
          <Grid.Item key={item.key} onClick={item.onClick}>
            <View className="cc-shortcuts__item" role="button" aria-label={item.title}>
              <Text className="cc-shortcuts__glyph">{item.glyph}</Text>
              <Text className="cc-shortcuts__label">{item.title}</Text>
            </View>
          </Grid.Item>
        ))}
      </Grid>
    </View>
  )
}
