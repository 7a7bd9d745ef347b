import { Text, View } from '@tarojs/components'
import { Grid } from '@nutui/nutui-react-taro'
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

/** A titled grid of large, labelled shortcuts. */
export function ShortcutGrid({ title, items }: ShortcutGridProps) {
  return (
    <View className="cc-shortcuts">
      <Text className="cc-shortcuts__title">{title}</Text>
      <Grid columns={4} gap={0}>
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
