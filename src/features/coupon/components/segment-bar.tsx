import { View } from '@tarojs/components'
import './segment-bar.scss'

/** One segment: its key, its words and a count. */
export interface Segment<K extends string> {
  key: K
  label: string
  count?: number
}

/** Props of the segment bar. */
export interface SegmentBarProps<K extends string> {
  segments: Segment<K>[]
  selected: K
  onSelect: (key: K) => void
}

/** A row of equal segments, one chosen: a few bytes of our own instead of a tabs component. */
export function SegmentBar<K extends string>({ segments, selected, onSelect }: SegmentBarProps<K>) {
  return (
    <View className="cc-segments" role="tablist">
      {segments.map((segment) => (
        <View
          key={segment.key}
          className={`cc-segments__item${segment.key === selected ? ' cc-segments__item--on' : ''}`}
          role="tab"
          // Taro's View types omit aria-selected, which both builds pass through as an attribute.
          {...({ ariaSelected: segment.key === selected } as object)}
          onClick={() => onSelect(segment.key)}
        >
          {segment.count === undefined ? segment.label : `${segment.label} ${segment.count}`}
        </View>
      ))}
    </View>
  )
}
