import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { EventDetail } from '@/contract/events'
import { InlineError } from '@/components/inline-error'
import { routes } from '@/routes'
import { useSession } from '@/services/session/use-session'
import { useCancelSignup } from '../api/cancel-signup'
import { isActiveSignup, placesText, signupStatusText } from '../model/event-words'
import { VenueCheckIn } from './venue-check-in'
import './signup-panel.scss'

const go = (url: string) => () => void Taro.navigateTo({ url })

/**
 * Places left, and what the visitor can do: sign up (or join the waitlist when it is full), see their
 * own sign-up with its pass, cancel it until the event starts. The sign-up page asks visitors to log
 * in first; staff and merchants are told sign-up is for customers. A `preview` (a 朋友圈 post opened
 * in WeChat's single-page mode, where nothing can log in or navigate) shows places and the way on.
 */
export function SignupPanel({ event, preview = false }: { event: EventDetail; preview?: boolean }) {
  const session = useSession()
  const user = session.status === 'authenticated' ? session.user : undefined
  const cancel = useCancelSignup()
  const mine = event.mySignup
  const active = mine && isActiveSignup(mine)
  const signupUrl = `${routes.eventSignup}?id=${encodeURIComponent(event.id)}`
  const upcoming = event.state === 'open' || event.state === 'full'

  const confirmCancel = async () => {
    if (!mine) return
    const answer = await Taro.showModal({
      title: '取消报名',
      content: mine.status === 'waitlisted' ? '确定放弃候补吗？' : '确定取消报名吗？名额将让给候补的客户。',
      confirmText: '取消报名',
      cancelText: '再想想',
    })
    if (!answer.confirm) return
    const result = await cancel.execute(mine.id)
    if (result.ok) void Taro.showToast({ title: '已取消报名', icon: 'success' })
  }

  return (
    <View className="cc-signup-panel">
      <View className="cc-signup-panel__places" role="status">
        {placesText(event)}
      </View>
      {mine && active ? (
        <View className="cc-signup-panel__mine">
          <Text className="cc-signup-panel__status">
            我的报名：{signupStatusText(mine)}（{mine.partySize}人）
          </Text>
          {mine.status === 'registered' ? (
            <>
              <Button type="primary" size="large" block onClick={go(`${routes.eventPass}?id=${mine.id}`)}>
                出示签到码
              </Button>
              <VenueCheckIn signupId={mine.id} />
            </>
          ) : null}
          {mine.canCancel ? (
            <Button
              fill="outline"
              size="large"
              block
              loading={cancel.pending}
              onClick={() => void confirmCancel()}
            >
              {mine.status === 'waitlisted' ? '放弃候补' : '取消报名'}
            </Button>
          ) : null}
          <InlineError message={cancel.error?.message} />
        </View>
      ) : upcoming && preview ? (
        <Text className="cc-signup-panel__note">点击屏幕下方「前往小程序」即可报名</Text>
      ) : upcoming ? (
        user && user.role !== 'customer' ? (
          <Text className="cc-signup-panel__note">活动报名仅限个人客户</Text>
        ) : (
          <Button type="primary" size="large" block onClick={go(signupUrl)}>
            {event.state === 'full' ? '报名候补' : '立即报名'}
          </Button>
        )
      ) : (
        <Text className="cc-signup-panel__note">
          {event.state === 'ended' ? '活动已结束' : '活动进行中，已停止报名'}
        </Text>
      )}
      {mine && !active ? (
        <Text className="cc-signup-panel__note">我的报名：{signupStatusText(mine)}</Text>
      ) : null}
    </View>
  )
}
