import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { RedeemPanel } from '@/features/merchant/components/redeem-panel'
import { routes } from '@/routes'

export default function MerchantRedeemPage() {
  return (
    <PageShell>
      <RequireLogin reason="请使用商户手机号登录" returnTo={routes.merchantRedeem} role="merchant">
        {() => <RedeemPanel />}
      </RequireLogin>
    </PageShell>
  )
}
