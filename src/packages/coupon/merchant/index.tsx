import { useRouter } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { InlineError } from '@/components/inline-error'
import { GoneNotice } from '@/features/coupon/components/gone-notice'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useMerchant } from '@/features/coupon/api/get-merchant'
import { BatchCard } from '@/features/coupon/components/batch-card'
import { MerchantInfo } from '@/features/coupon/components/merchant-info'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { useSession } from '@/services/session/use-session'
import './index.scss'

export default function MerchantPage() {
  const { params } = useRouter()
  const session = useSession()
  const merchant = useMerchant(params.id, session.status === 'authenticated' ? session.user.id : undefined)
  usePageRefresh(merchant)

  if (merchant.loading && !merchant.data) {
    return (
      <PageShell>
        <LoadingBlock />
      </PageShell>
    )
  }
  const m = merchant.data
  if (!m && (!params.id || merchant.error?.status === 404)) {
    return (
      <PageShell>
        <GoneNotice title="没有找到这家商户" detail="商户可能已退出联盟，看看附近的其他优惠吧" />
      </PageShell>
    )
  }
  return (
    <PageShell>
      <InlineError
        message={merchant.error && `${merchant.error.message}（点击重试）`}
        onClick={() => void merchant.reload()}
      />
      {m ? (
        <>
          <MerchantInfo merchant={m} />
          <Text className="merchant-page__section">
            {m.batches.length > 0 ? `本店优惠（${m.batches.length}）` : '本店暂无优惠'}
          </Text>
          {m.batches.map((batch) => (
            <BatchCard key={batch.id} batch={batch} hideMerchant />
          ))}
        </>
      ) : null}
    </PageShell>
  )
}
