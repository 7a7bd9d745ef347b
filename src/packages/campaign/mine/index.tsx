import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Me } from '@/contract/me'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useStaffCampaignLinks } from '@/features/campaign/api/figures'
import { TargetRow } from '@/features/campaign/components/target-row'
import { useEvents } from '@/features/event/api/get-events'
import { aprText } from '@/features/event/model/event-words'
import { useProducts } from '@/features/referral/api/get-products'
import { routes } from '@/routes'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { eventTimeText } from '@/utils/event-time'
import './index.scss'

const share = (kind: 'event' | 'product', id: string) => () =>
  void Taro.navigateTo({ url: `${routes.campaignShare}?kind=${kind}&id=${encodeURIComponent(id)}` })
const stats = (code: string, title: string) => () =>
  void Taro.navigateTo({
    url: `${routes.campaignStats}?code=${code}&title=${encodeURIComponent(title)}`,
  })

/**
 * The staff member's own links with what they brought, then the upcoming events and the products
 * they have not shared yet: a link is issued the first time they open its share page.
 */
function MyCampaign({ user }: { user: Me }) {
  const links = useStaffCampaignLinks(user.id)
  const events = useEvents({ scope: 'upcoming' })
  const products = useProducts()
  usePageRefresh(links, events, products)
  if (links.loading && !links.data) return <LoadingBlock />
  const linked = new Set(links.data?.items.map((link) => `${link.kind}:${link.targetId}`))
  const freshEvents = events.items.filter((event) => !linked.has(`event:${event.id}`))
  const freshProducts = products.data?.filter((product) => !linked.has(`product:${product.id}`)) ?? []
  return (
    <>
      <Text className="campaign-mine__intro">
        通过您的链接或海报访问、报名、签到的客户都会记在您的名下（卡片上是您本人链接的数据）；这些客户转发后带来的亲友，计入每日通报中您的成绩。
      </Text>
      <InlineError
        message={links.error && `${links.error.message}（点击重试）`}
        onClick={() => void links.reload()}
      />
      <Text className="campaign-mine__heading">我的推广链接</Text>
      {links.data?.items.length === 0 ? (
        <Text className="campaign-mine__empty">
          还没有推广链接：在下方选择活动或产品，生成您的专属链接和海报
        </Text>
      ) : null}
      {links.data?.items.map((link) => (
        <TargetRow
          key={link.code}
          title={link.title}
          lines={[
            link.kind === 'product' ? '产品' : '活动',
            ...(link.start && link.end ? [eventTimeText({ start: link.start, end: link.end })] : []),
            ...(link.place ? [link.place] : []),
            ...(link.aprText ? [link.aprText] : []),
            ...(link.ended ? ['活动已结束'] : link.expired ? ['链接已过期，点击分享可生成新链接'] : []),
          ]}
          totals={link.totals}
          onShare={link.ended ? undefined : share(link.kind, link.targetId)}
          onStats={stats(link.code, link.title)}
        />
      ))}
      <Text className="campaign-mine__heading">近期活动</Text>
      <InlineError message={events.error?.message} onClick={() => void events.reload()} />
      {events.loading ? <LoadingBlock /> : null}
      {!events.loading && freshEvents.length === 0 ? (
        <Text className="campaign-mine__empty">近期活动都已生成链接</Text>
      ) : null}
      {freshEvents.map((event) => (
        <TargetRow
          key={event.id}
          title={event.title}
          lines={[eventTimeText(event), `${event.town} ${event.venue}`]}
          onShare={share('event', event.id)}
        />
      ))}
      {events.hasMore ? (
        <View className="campaign-mine__more">
          <Button fill="outline" block loading={events.loadingMore} onClick={events.loadMore}>
            查看更多活动
          </Button>
        </View>
      ) : null}
      <Text className="campaign-mine__heading">产品</Text>
      <InlineError message={products.error?.message} onClick={() => void products.reload()} />
      {freshProducts.map((product) => {
        const apr = aprText(product)
        return (
          <TargetRow
            key={product.id}
            title={product.name}
            lines={apr ? [product.summary, apr] : [product.summary]}
            onShare={share('product', product.id)}
          />
        )
      })}
    </>
  )
}

export default function MyCampaignPage() {
  return (
    <PageShell>
      <RequireLogin reason="登录后查看您的推广" returnTo={routes.myCampaign} role="staff">
        {(user) => <MyCampaign user={user} />}
      </RequireLogin>
    </PageShell>
  )
}
