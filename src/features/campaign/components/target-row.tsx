import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { CampaignFigures } from '@/contract/campaign'
import { FIGURE_COLUMNS } from '../model/figures-words'
import './target-row.scss'

/** Props of one event or product on 我的推广. */
export interface TargetRowProps {
  title: string
  /** Time and place of an event, or a loan product's APR (always shown where a product is). */
  lines: readonly string[]
  /** All-time figures once the staff member has a link for it. */
  totals?: CampaignFigures
  /** Absent once there is nothing left to invite to (the event is over). */
  onShare?: () => void
  onStats?: () => void
}

/** An event or product the staff member can invite to, with what their link brought so far. */
export function TargetRow({ title, lines, totals, onShare, onStats }: TargetRowProps) {
  return (
    <View className="cc-target" role="group" ariaLabel={title}>
      <Text className="cc-target__title">{title}</Text>
      {lines.map((line) => (
        <Text key={line} className="cc-target__line">
          {line}
        </Text>
      ))}
      {totals ? (
        <View className="cc-target__figures">
          {FIGURE_COLUMNS.map(({ key, name }) => (
            <View key={key} className="cc-target__figure">
              <Text className="cc-target__number">{totals[key]}</Text>
              <Text className="cc-target__name">{name}</Text>
            </View>
          ))}
        </View>
      ) : null}
      <View className="cc-target__actions">
        {onShare ? (
          <Button type="primary" onClick={onShare}>
            分享·海报
          </Button>
        ) : null}
        {onStats ? (
          <Button fill="outline" onClick={onStats}>
            数据
          </Button>
        ) : null}
      </View>
    </View>
  )
}
