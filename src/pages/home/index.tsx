import { useCallback, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Role } from '@/contract/constants'
import { PageShell } from '@/components/page-shell'
import { InlineError } from '@/components/inline-error'
import { ShortcutGrid, type Shortcut } from '@/components/shortcut-grid'
import { getMe } from '@/features/auth/api/get-me'
import { restoreSession } from '@/features/auth/api/get-session'
import { PrivacyNotice } from '@/features/auth/components/privacy-notice'
import { usePrivacyRequests } from '@/features/auth/hooks/use-privacy-requests'
import { useUnreadBadge } from '@/features/inbox/hooks/use-unread-badge'
import { useLoanOverview } from '@/features/loan/api/get-loan-overview'
import { LoanTeaser } from '@/features/loan/components/loan-teaser'
import { PreApprovalCard } from '@/features/loan/components/pre-approval-card'
import { GreetingCard } from '@/features/profile/components/greeting-card'
import { hasAcceptedPrivacy } from '@/platform/privacy'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { useSession } from '@/services/session/use-session'
import { routes } from '@/routes'
import { LoanSummarySlot } from './loan-summary-slot'
import './index.scss'

const go = (url: string) => () => void Taro.navigateTo({ url })

const customerShortcuts: Shortcut[] = [
  { key: 'book', title: '预约办理', glyph: '约', onClick: go(routes.branches) },
  { key: 'bookings', title: '我的预约', glyph: '单', onClick: go(routes.bookings) },
  { key: 'products', title: '产品转介', glyph: '荐', onClick: go(routes.products) },
  { key: 'loan', title: '阳光e贷', glyph: '贷', onClick: go(routes.loanHome) },
  { key: 'loans', title: '我的贷款', glyph: '还', onClick: go(routes.loans) },
  { key: 'calculator', title: '贷款计算', glyph: '算', onClick: go(routes.loanCalculator) },
  { key: 'coupons', title: '领券', glyph: '券', onClick: () => void Taro.switchTab({ url: routes.coupons }) },
  { key: 'my-coupons', title: '我的券', glyph: '惠', onClick: go(routes.myCoupons) },
  { key: 'messages', title: '消息中心', glyph: '信', onClick: go(routes.messages) },
  { key: 'real-name', title: '实名认证', glyph: '证', onClick: go(routes.realName) },
  { key: 'merchant-apply', title: '商户入驻', glyph: '商', onClick: go(routes.merchantApply) },
  { key: 'elder', title: '长辈模式', glyph: '大', onClick: () => void Taro.switchTab({ url: routes.me }) },
]

const merchantShortcuts: Shortcut[] = [
  { key: 'redeem', title: '扫码核销', glyph: '核', onClick: go(routes.merchantRedeem) },
  { key: 'redemptions', title: '核销记录', glyph: '账', onClick: go(routes.merchantRedemptions) },
  { key: 'promo-code', title: '推广码', glyph: '码', onClick: go(routes.merchantPromoCode) },
  { key: 'branches', title: '网点信息', glyph: '点', onClick: go(routes.branches) },
  { key: 'messages', title: '消息中心', glyph: '信', onClick: go(routes.messages) },
  { key: 'calculator', title: '贷款计算', glyph: '算', onClick: go(routes.loanCalculator) },
  { key: 'elder', title: '长辈模式', glyph: '大', onClick: () => void Taro.switchTab({ url: routes.me }) },
]

const staffShortcuts: Shortcut[] = [
  { key: 'check-in', title: '预约签到', glyph: '签', onClick: go(routes.staffCheckIn) },
  { key: 'staff-referrals', title: '转介客户', glyph: '客', onClick: go(routes.staffReferrals) },
  { key: 'create-event', title: '创建活动', glyph: '办', onClick: go(routes.staffCreateEvent) },
  { key: 'event-check-in', title: '活动签到', glyph: '到', onClick: go(routes.staffEventCheckIn) },
  { key: 'my-campaign', title: '我的推广', glyph: '推', onClick: go(routes.myCampaign) },
  { key: 'bulletin', title: '每日通报', glyph: '报', onClick: go(routes.branchBulletin) },
  { key: 'branches', title: '网点信息', glyph: '点', onClick: go(routes.branches) },
  { key: 'messages', title: '消息中心', glyph: '信', onClick: go(routes.messages) },
]

/** Each role's own entries: nobody is offered what only a customer may do. */
function shortcutsFor(role: Role | undefined): { title: string; items: Shortcut[] } {
  if (role === 'staff') return { title: '员工工作台', items: staffShortcuts }
  if (role === 'merchant') return { title: '商户服务', items: merchantShortcuts }
  return { title: '常用服务', items: customerShortcuts }
}

export default function HomePage() {
  const session = useSession()
  // First launch: nothing personal is collected until the notice has been answered.
  const [noticeVisible, setNoticeVisible] = useState(() => !hasAcceptedPrivacy())
  const [loadError, setLoadError] = useState<string>()
  usePrivacyRequests(useCallback(() => setNoticeVisible(true), []))
  // Agreed on the full policy page meanwhile: the notice has been answered.
  useDidShow(() => {
    if (hasAcceptedPrivacy()) setNoticeVisible(false)
  })
  useUnreadBadge(session.status === 'authenticated')

  const refresh = async () => {
    // A start without network left the session unknown: try again whenever the page comes back.
    if (session.status === 'unknown') return void (await restoreSession())
    if (session.status !== 'authenticated') return
    try {
      await getMe()
      setLoadError(undefined)
    } catch (error) {
      setLoadError((error as Error).message)
    }
  }
  const user = session.status === 'authenticated' ? session.user : undefined
  const customer = user?.role === 'customer'
  // The loan card follows the customer's own standing: credit line, application, decline or offer.
  const overview = useLoanOverview(customer)
  usePageRefresh({ reload: refresh }, customer && overview)
  // Before the customer's own standing is known: the pre-approved limit, or the product to try.
  const offer = user?.preApproval ? (
    <PreApprovalCard preApproval={user.preApproval} />
  ) : !user || customer ? (
    <LoanTeaser />
  ) : null

  return (
    <PageShell className="home-page">
      <View className="home-page__banner">
        <Text className="home-page__brand">云柜台</Text>
        <Text className="home-page__slogan">农商银行 · 家门口的银行服务</Text>
      </View>
      <GreetingCard session={session} />
      {overview.data && customer ? <LoanSummarySlot overview={overview.data} fallback={offer} /> : offer}
      <InlineError message={loadError && `${loadError}（点击重试）`} onClick={() => void refresh()} />
      <ShortcutGrid {...shortcutsFor(user?.role)} />
      <Text className="home-page__footnote">本应用连接模拟银行系统，所示网点、额度等均为示例数据</Text>
      <PrivacyNotice
        visible={noticeVisible}
        onAccepted={() => setNoticeVisible(false)}
        onDeclined={() => setNoticeVisible(false)}
      />
    </PageShell>
  )
}
