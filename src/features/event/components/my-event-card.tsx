import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { EventSignup } from '@/contract/events'
import { routes } from '@/routes'
import { signupStatusText } from '../model/event-words'
import './my-event-card.scss'
import { eventTimeText } from '@/utils/event-time'

/** A row of 我的活动: the event, its time and place, and where the sign-up stands. Opens the event. */
export function MyEventCard({ signup }: { signup: EventSignup }) {
  const status = signupStatusText(signup)
  const live = signup.status === 'registered' || signup.status === 'waitlisted'
  return (
    <View
      className="cc-my-event"
      role="button"
      ariaLabel={`${signup.event.title}，${status}`}
      onClick={() =>
        void Taro.navigateTo({ url: `${routes.event}?id=${encodeURIComponent(signup.event.id)}` })
      }
    >
      <View className="cc-my-event__head">
        <Text className="cc-my-event__title">{signup.event.title}</Text>
        <Text className={`cc-my-event__status${live ? ' cc-my-event__status--live' : ''}`}>{status}</Text>
      </View>
      <Text className="cc-my-event__line">{eventTimeText(signup.event)}</Text>
      <Text className="cc-my-event__line">
        {signup.event.venue} · {signup.partySize}人
      </Text>
    </View>
  )
}
