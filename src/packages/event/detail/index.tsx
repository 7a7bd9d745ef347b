import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { EventDetail } from '@/contract/events'
import type { Me } from '@/contract/me'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useCampaignLink } from '@/features/campaign/api/campaign-link'
import { useCampaignVisit } from '@/features/campaign/api/use-campaign-visit'
import { eventShare } from '@/features/campaign/model/share-content'
import { useEvent } from '@/features/event/api/get-event'
import { EventBody } from '@/features/event/components/event-body'
import { SignupPanel } from '@/features/event/components/signup-panel'
import { EVENT_TYPE_NAMES, isActiveSignup } from '@/features/event/model/event-words'
import { isTimelineSinglePage } from '@/platform/launch'
import { openMap } from '@/platform/map'
import { useShareMenus } from '@/platform/share'
import { routes } from '@/routes'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { useSession } from '@/services/session/use-session'
import './index.scss'
import { eventTimeText } from '@/utils/event-time'

/** Staff may invite to any event before it ends; a customer once they have signed up themselves. */
function mayInvite(event: EventDetail | undefined, user: Me | undefined): boolean {
  if (!event || event.state === 'ended' || !user) return false
  if (user.role === 'staff') return true
  return user.role === 'customer' && !!event.mySignup && isActiveSignup(event.mySignup)
}

export default function EventDetailPage() {
  const { params } = useRouter()
  const session = useSession()
  const user = session.status === 'authenticated' ? session.user : undefined
  const event = useEvent(params.id, user?.id)
  usePageRefresh(event)
  // A 朋友圈 post opens the page on its own: no login, no navigation, so it only shows the event.
  const [timeline] = useState(isTimelineSinglePage)
  useCampaignVisit(params, timeline)
  const invite = mayInvite(event.data, user)
  // With their own link, whatever the sharer forwards from the menu credits them too.
  const link = useCampaignLink(user, 'event', params.id, invite)
  useShareMenus(event.data ? eventShare(event.data, link.data) : undefined)

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
            <View className="event-page__address">
              <Text className="event-page__line">地址：{e.address}</Text>
              <Button
                size="small"
                fill="outline"
                onClick={() => void openMap({ lat: e.lat, lng: e.lng, name: e.venue, address: e.address })}
              >
                地图导航
              </Button>
            </View>
            <Text className="event-page__line">
              主办：{e.host.name} {e.host.phone}
            </Text>
          </View>
          <SignupPanel event={e} preview={timeline} />
          {invite ? (
            <View className="event-page__invite">
              <Button
                fill="outline"
                size="large"
                block
                onClick={() =>
                  void Taro.navigateTo({
                    url: `${routes.campaignShare}?kind=event&id=${encodeURIComponent(e.id)}`,
                  })
                }
              >
                邀请亲友参加
              </Button>
            </View>
          ) : null}
          <EventBody event={e} />
        </>
      ) : null}
    </PageShell>
  )
}
