import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useCouponBatch } from '@/features/coupon/api/get-coupon-batch'
import { useMerchant } from '@/features/coupon/api/get-merchant'
import { ClaimPanel } from '@/features/coupon/components/claim-panel'
import { GoneNotice } from '@/features/coupon/components/gone-notice'
import { MerchantInfo } from '@/features/coupon/components/merchant-info'
import { StockBar } from '@/features/coupon/components/stock-bar'
import { audienceText, claimWindowText, validityText } from '@/features/coupon/model/batch-words'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { useSession } from '@/services/session/use-session'
import { routes } from '@/routes'
import './index.scss'

export default function CouponBatchPage() {
  const { params } = useRouter()
  const session = useSession()
  const userId = session.status === 'authenticated' ? session.user.id : undefined
  const batch = useCouponBatch(params.id, userId)
  // Phone and hours come with the merchant's own answer; the batch's merchant block shows meanwhile.
  const merchant = useMerchant(batch.data?.merchant.id)
  usePageRefresh(batch)

  if (!params.id) {
    return (
      <PageShell>
        <InlineError message="未找到该优惠，请返回列表重新选择" />
      </PageShell>
    )
  }
  if (batch.loading && !batch.data) {
    return (
      <PageShell>
        <LoadingBlock />
      </PageShell>
    )
  }
  const b = batch.data
  if (!b && batch.error?.status === 404) {
    return (
      <PageShell>
        <GoneNotice title="没有找到这张优惠" detail="优惠可能已下架，看看其他优惠吧" />
      </PageShell>
    )
  }
  const audience = b && audienceText(b.audience)
  return (
    <PageShell>
      <InlineError
        message={batch.error && `${batch.error.message}（点击重试）`}
        onClick={() => void batch.reload()}
      />
      {b ? (
        <>
          <View className="batch-page__head">
            <Text className="batch-page__rule">{b.ruleText}</Text>
            <Text className="batch-page__title">{b.title}</Text>
            {audience ? <Text className="batch-page__audience">{audience}</Text> : null}
            <Text className="batch-page__line">{validityText(b.validity)}</Text>
            <Text className="batch-page__line">{claimWindowText(b)}</Text>
            <Text className="batch-page__line">
              每人限领{b.perUserLimit}张{b.claimedByMe ? `，您已领${b.claimedByMe}张` : ''}
            </Text>
            <StockBar batch={b} />
          </View>
          <ClaimPanel batch={b} reload={batch.reload} />
          <View className="batch-page__rules">
            <Text className="batch-page__section">使用规则</Text>
            <Text className="batch-page__text">{b.rules}</Text>
          </View>
          <MerchantInfo
            merchant={merchant.data ?? b.merchant}
            more={{
              label: '商户主页',
              onTap: () =>
                void Taro.navigateTo({
                  url: `${routes.couponMerchant}?id=${encodeURIComponent(b.merchant.id)}`,
                }),
            }}
          />
        </>
      ) : null}
    </PageShell>
  )
}
