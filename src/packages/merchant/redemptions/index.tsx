import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useRedemptionDays } from '@/features/merchant/api/redemptions'
import { RedemptionDays } from '@/features/merchant/components/redemption-days'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'

function Days() {
  const days = useRedemptionDays()
  usePageRefresh(days)
  if (days.loading && !days.data) return <LoadingBlock />
  return (
    <>
      <InlineError message={days.error?.message} onClick={() => void days.reload()} />
      {days.data ? <RedemptionDays days={days.data.days} today={days.data.today} /> : null}
    </>
  )
}

export default function MerchantRedemptionsPage() {
  return (
    <PageShell>
      <RequireLogin reason="请使用商户手机号登录" returnTo={routes.merchantRedemptions} role="merchant">
        {() => <Days />}
      </RequireLogin>
    </PageShell>
  )
}
