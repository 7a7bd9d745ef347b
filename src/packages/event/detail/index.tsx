import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useEvent } from '@/features/event/api/get-event'
import { EventBody } from '@/features/event/components/event-body'
import { SignupPanel } from '@/features/event/components/signup-panel'
import { EVENT_TYPE_NAMES, eventTimeText } from '@/features/event/model/event-words'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { useSession } from '@/services/session/use-session'
import './index.scss'

export default function EventDetailPage() {
  const { params } = useRouter()
  const session = useSession()
  const userId = session.status === 'authenticated' ? session.user.id : undefined
  const event = useEvent(params.id, userId)
  usePageRefresh(event)

  if (!params.id) {
    return (
      <PageShell>
        <InlineError message="未找到该活动，请返回列表重新选择" />
      </PageShell>
    )
  }
  const e = event.data
  return (
    <PageShell>
      {event.loading && !e ? <LoadingBlock /> : null}
      <InlineError
        message={event.error && `${event.error.message}（点击重试）`}
        onClick={() => void event.reload()}
      />
      {e ? (
        <>
          <View className="event-page__head">
            <Text className="event-page__type">{EVENT_TYPE_NAMES[e.type]}</Text>
            <Text className="event-page__title">{e.title}</Text>
            <Text className="event-page__line">时间：{eventTimeText(e)}</Text>
            <Text className="event-page__line">
              地点：{e.town} {e.venue}
            </Text>
            <Text className="event-page__line">地址：{e.address}</Text>
            <Text className="event-page__line">
              主办：{e.host.name} {e.host.phone}
            </Text>
          </View>
          <SignupPanel event={e} />
          <EventBody event={e} />
        </>
      ) : null}
    </PageShell>
  )
}
