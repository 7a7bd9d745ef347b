import { View } from '@tarojs/components'
import { EVENT_TYPES, type EventScope, type EventType } from '@/contract/constants'
import type { EventFilters } from '../api/query-keys'
import { EVENT_TYPE_NAMES } from '../model/event-words'
import './event-filters.scss'

/** Props of the 活动 filters. */
export interface EventFiltersBarProps {
  filters: EventFilters
  /** Towns to choose from (empty while they load). */
  towns: string[]
  onChange: (filters: EventFilters) => void
}

const SCOPES: { key: EventScope; label: string }[] = [
  { key: 'upcoming', label: '即将开始' },
  { key: 'past', label: '往期' },
]

/** One chip: a word that is pressed or not. */
function Chip({ label, on, onTap }: { label: string; on: boolean; onTap: () => void }) {
  return (
    <View
      className={`cc-event-filter__chip${on ? ' cc-event-filter__chip--on' : ''}`}
      role="button"
      // Taro's View types omit aria-pressed, which both builds pass through as an attribute.
      {...({ ariaPressed: on } as object)}
      onClick={onTap}
    >
      {label}
    </View>
  )
}

/** 即将开始 / 往期, then the kind of event and the town (全部 first in each). */
export function EventFiltersBar({ filters, towns, onChange }: EventFiltersBarProps) {
  const set = (patch: Partial<EventFilters>) => onChange({ ...filters, ...patch })
  return (
    <View className="cc-event-filter">
      <View className="cc-event-filter__scopes" role="tablist">
        {SCOPES.map((scope) => (
          <View
            key={scope.key}
            className={`cc-event-filter__scope${filters.scope === scope.key ? ' cc-event-filter__scope--on' : ''}`}
            role="tab"
            {...({ ariaSelected: filters.scope === scope.key } as object)}
            onClick={() => set({ scope: scope.key })}
          >
            {scope.label}
          </View>
        ))}
      </View>
      <View className="cc-event-filter__row" role="group" ariaLabel="活动类型">
        <Chip label="全部类型" on={!filters.type} onTap={() => set({ type: undefined })} />
        {EVENT_TYPES.map((type: EventType) => (
          <Chip
            key={type}
            label={EVENT_TYPE_NAMES[type]}
            on={filters.type === type}
            onTap={() => set({ type })}
          />
        ))}
      </View>
      {towns.length ? (
        <View className="cc-event-filter__row" role="group" ariaLabel="乡镇">
          <Chip label="全部乡镇" on={!filters.town} onTap={() => set({ town: undefined })} />
          {towns.map((town) => (
            <Chip key={town} label={town} on={filters.town === town} onTap={() => set({ town })} />
          ))}
        </View>
      ) : null}
    </View>
  )
}
