import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { EventSummary } from '@/contract/events'
import { routes } from '@/routes'
import { EVENT_STATE_NAMES, EVENT_TYPE_NAMES, placesText } from '../model/event-words'
import './event-card.scss'
import { eventTimeText } from '@/utils/event-time'

/** An event as listed: kind, title, time, place, host and places left. The card opens the event. */
export function EventCard({ event }: { event: EventSummary }) {
  const open = event.state === 'open'
  return (
    <View
      className="cc-event"
      role="button"
      ariaLabel={`${event.title}，${eventTimeText(event)}，${EVENT_STATE_NAMES[event.state]}`}
      onClick={() => void Taro.navigateTo({ url: `${routes.event}?id=${encodeURIComponent(event.id)}` })}
    >
      <View className="cc-event__head">
        <Text className="cc-event__type">{EVENT_TYPE_NAMES[event.type]}</Text>
        <Text className={`cc-event__state${open ? ' cc-event__state--open' : ''}`}>
          {EVENT_STATE_NAMES[event.state]}
        </Text>
      </View>
      <Text className="cc-event__title">{event.title}</Text>
      <Text className="cc-event__line">{eventTimeText(event)}</Text>
      <Text className="cc-event__line">
        {event.town} · {event.venue}
      </Text>
      <Text className="cc-event__line">主办：{event.host.name}</Text>
      <Text className="cc-event__places">{placesText(event)}</Text>
    </View>
  )
}
