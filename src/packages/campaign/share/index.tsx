import { useMemo, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { CampaignKind } from '@/contract/constants'
import type { Me } from '@/contract/me'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useCampaignLink } from '@/features/campaign/api/campaign-link'
import { PosterPanel } from '@/features/campaign/components/poster-panel'
import { posterContentOf } from '@/features/campaign/model/poster-content'
import { linkShare } from '@/features/campaign/model/share-content'
import { useEvent } from '@/features/event/api/get-event'
import { EVENT_TYPE_NAMES } from '@/features/event/model/event-words'
import { useShareMenus } from '@/platform/share'
import { ShareActions } from '@/platform/share/share-actions'
import { routes } from '@/routes'
import { eventTimeText } from '@/utils/event-time'
import './index.scss'

function Share({ user, kind, id }: { user: Me; kind: CampaignKind; id: string }) {
  const link = useCampaignLink(user, kind, id)
  // The event's kind names the poster's tag (答谢会, 商户沙龙…).
  const event = useEvent(kind === 'event' ? id : undefined, user.id)
  const [poster, setPoster] = useState(false)
  const l = link.data
  const content = useMemo(
    () => (l ? posterContentOf(l, event.data && EVENT_TYPE_NAMES[event.data.type]) : undefined),
    [l, event.data],
  )
  useShareMenus(l ? linkShare(l) : undefined)

  if (user.role === 'merchant')
    return (
      <View className="campaign-share__card">
        <InlineError message="商户请用店铺推广码邀请顾客" />
        <Button type="primary" block onClick={() => void Taro.redirectTo({ url: routes.merchantPromoCode })}>
          打开我的推广码
        </Button>
      </View>
    )
  if (link.loading && !l) return <LoadingBlock />
  if (!l) {
    const notSignedUp = link.error?.code === 'CAMPAIGN_LINK_NOT_ALLOWED' && kind === 'event'
    return (
      <View className="campaign-share__card">
        <InlineError
          message={link.error?.message}
          onClick={notSignedUp ? undefined : () => void link.reload()}
        />
        {notSignedUp ? (
          <Button
            type="primary"
            block
            onClick={() => void Taro.redirectTo({ url: `${routes.event}?id=${encodeURIComponent(id)}` })}
          >
            查看活动并报名
          </Button>
        ) : null}
      </View>
    )
  }
  const text = `${l.title}${l.start && l.end ? `，${eventTimeText({ start: l.start, end: l.end })}` : ''}`
  return (
    <>
      <View className="campaign-share__card">
        <Text className="campaign-share__heading">
          {l.kind === 'product'
            ? '把产品推荐给客户'
            : user.role === 'staff'
              ? '邀请客户参加'
              : '邀请亲友一起参加'}
        </Text>
        <Text className="campaign-share__title">{l.title}</Text>
        {l.start && l.end ? (
          <Text className="campaign-share__line">时间：{eventTimeText({ start: l.start, end: l.end })}</Text>
        ) : null}
        {l.place ? <Text className="campaign-share__line">地点：{l.place}</Text> : null}
        {l.aprText ? <Text className="campaign-share__line">{l.aprText}</Text> : null}
        <Text className="campaign-share__line">邀请人：{l.sharerName}</Text>
        <Text className="campaign-share__label">您的专属链接</Text>
        <Text className="campaign-share__link" selectable userSelect>
          {l.link}
        </Text>
        <ShareActions title={l.title} text={text} url={l.link} />
        <Text className="campaign-share__note">
          {user.role === 'staff'
            ? '客户通过此链接或海报访问、报名、签到，都会计入您的推广数据。'
            : '亲友打开链接即可查看详情并报名。'}
        </Text>
      </View>
      {poster && content ? (
        <PosterPanel content={content} />
      ) : (
        <View className="campaign-share__poster-entry">
          <Button type="primary" fill="outline" block onClick={() => setPoster(true)}>
            生成海报
          </Button>
        </View>
      )}
    </>
  )
}

export default function CampaignSharePage() {
  const { params } = useRouter()
  const kind: CampaignKind = params.kind === 'product' ? 'product' : 'event'
  const id = params.id ?? ''
  return (
    <PageShell>
      <RequireLogin
        reason="登录后即可邀请亲友"
        returnTo={`${routes.campaignShare}?kind=${kind}&id=${encodeURIComponent(id)}`}
      >
        {(user) =>
          id ? <Share user={user} kind={kind} id={id} /> : <InlineError message="未找到要分享的内容" />
        }
      </RequireLogin>
    </PageShell>
  )
}
