import { useCallback } from 'react'
import { useRouter } from '@tarojs/taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useMyCoupon } from '@/features/coupon/api/my-coupon'
import { CouponDetail } from '@/features/coupon/components/coupon-detail'
import { GoneNotice } from '@/features/coupon/components/gone-notice'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'

function Coupon({ id }: { id: string }) {
  const coupon = useMyCoupon(id)
  usePageRefresh(coupon)
  const reload = coupon.reload
  const readAgain = useCallback(() => void reload(), [reload])
  if (coupon.loading && !coupon.data) return <LoadingBlock />
  if (!coupon.data && coupon.error?.status === 404) {
    return <GoneNotice title="没有找到这张优惠券" detail="请在“我的券”中查看您领取的优惠券" />
  }
  return (
    <>
      <InlineError message={coupon.error?.message} onClick={readAgain} />
      {coupon.data ? <CouponDetail coupon={coupon.data} onNoLongerUsable={readAgain} /> : null}
    </>
  )
}

export default function CouponPage() {
  const id = useRouter().params.id ?? ''
  return (
    <PageShell>
      <RequireLogin reason="登录后查看您的优惠券" returnTo={`${routes.coupon}?id=${encodeURIComponent(id)}`}>
        {() => (id ? <Coupon id={id} /> : <InlineError message="没有找到这张优惠券" />)}
      </RequireLogin>
    </PageShell>
  )
}
