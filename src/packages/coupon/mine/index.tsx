import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useMyCoupons } from '@/features/coupon/api/get-my-coupons'
import type { MyCouponState } from '@/features/coupon/api/query-keys'
import { CouponCard } from '@/features/coupon/components/coupon-card'
import { SegmentBar } from '@/features/coupon/components/segment-bar'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'
import './index.scss'

const SEGMENTS: { key: MyCouponState; label: string; empty: string }[] = [
  { key: 'usable', label: '可使用', empty: '暂无可使用的券' },
  { key: 'used', label: '已使用', empty: '暂无已使用的券' },
  { key: 'expired', label: '已过期', empty: '暂无已过期的券' },
]

function MyCoupons() {
  const [state, setState] = useState<MyCouponState>('usable')
  const coupons = useMyCoupons(state)
  usePageRefresh(coupons)
  const counts = coupons.data?.counts
  return (
    <>
      <SegmentBar
        segments={SEGMENTS.map((s) => ({ key: s.key, label: s.label, count: counts?.[s.key] }))}
        selected={state}
        onSelect={setState}
      />
      <InlineError
        message={coupons.error && `${coupons.error.message}（点击重试）`}
        onClick={() => void coupons.reload()}
      />
      {coupons.loading && !coupons.data ? <LoadingBlock /> : null}
      {coupons.data?.items.map((coupon) => (
        <CouponCard
          key={coupon.id}
          coupon={coupon}
          onOpen={(c) => void Taro.navigateTo({ url: `${routes.coupon}?id=${encodeURIComponent(c.id)}` })}
        />
      ))}
      {coupons.data && coupons.data.items.length === 0 ? (
        <View className="mine-page__empty">
          <Text>{SEGMENTS.find((s) => s.key === state)!.empty}</Text>
          {state === 'usable' ? (
            <View
              className="mine-page__go"
              role="button"
              onClick={() => void Taro.switchTab({ url: routes.coupons })}
            >
              去领券
            </View>
          ) : null}
        </View>
      ) : null}
    </>
  )
}

export default function MyCouponsPage() {
  return (
    <PageShell>
      <RequireLogin reason="登录后查看您领取的优惠券" returnTo={routes.myCoupons} role="customer">
        {() => <MyCoupons />}
      </RequireLogin>
    </PageShell>
  )
}
