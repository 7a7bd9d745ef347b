import { RichText, Text, View } from '@tarojs/components'
import type { EventDetail } from '@/contract/events'
import { aprText } from '../model/event-words'
import './event-body.scss'

/**
 * What the event is: the bank's description (HTML it sanitised to what WeChat's rich-text shows;
 * Taro's H5 RichText inserts it as it is, so the bank's pass is the guard), the agenda, what attendees
 * get, and each product mentioned with its APR.
 */
export function EventBody({ event }: { event: EventDetail }) {
  return (
    <>
      <View className="cc-event-body">
        <Text className="cc-event-body__section">活动介绍</Text>
        <RichText className="cc-event-body__rich" nodes={event.descriptionHtml} />
      </View>
      {event.agenda.length ? (
        <View className="cc-event-body">
          <Text className="cc-event-body__section">活动议程</Text>
          {event.agenda.map((a) => (
            <View key={`${a.time}${a.item}`} className="cc-event-body__agenda">
              <Text className="cc-event-body__time">{a.time}</Text>
              <Text className="cc-event-body__text">{a.item}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {event.benefits.length ? (
        <View className="cc-event-body">
          <Text className="cc-event-body__section">参会可获得</Text>
          {event.benefits.map((b) => (
            <Text key={b} className="cc-event-body__text">
              · {b}
            </Text>
          ))}
        </View>
      ) : null}
      {event.products.length ? (
        <View className="cc-event-body">
          <Text className="cc-event-body__section">活动涉及的产品</Text>
          {event.products.map((p) => {
            const apr = aprText(p)
            return (
              <View key={p.id} className="cc-event-body__product">
                <Text className="cc-event-body__name">{p.name}</Text>
                <Text className="cc-event-body__text">{p.summary}</Text>
                {apr ? <Text className="cc-event-body__apr">{apr}</Text> : null}
              </View>
            )
          })}
          <Text className="cc-event-body__note">贷款额度、利率以审批结果为准，请理性借贷。</Text>
        </View>
      ) : null}
    </>
  )
}
