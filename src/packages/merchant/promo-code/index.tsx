import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useMyPromoCode } from '@/features/merchant/api/get-promo-code'
import { PromoCodeCard } from '@/features/merchant/components/promo-code-card'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { useSession } from '@/services/session/use-session'
import { routes } from '@/routes'

/** A merchant's promo QR code, to print for the counter, with its visits (pull down to count again). */
export default function PromoCodePage() {
  const session = useSession()
  const promo = useMyPromoCode(session.status === 'authenticated' && session.user.role === 'merchant')
  usePageRefresh(promo)
  return (
    <PageShell>
      <RequireLogin reason="请使用商户手机号登录" returnTo={routes.merchantPromoCode} role="merchant">
        {() =>
          promo.data ? (
            <PromoCodeCard promo={promo.data} />
          ) : promo.error ? (
            <InlineError message={`${promo.error.message}（点击重试）`} onClick={() => void promo.reload()} />
          ) : (
            <LoadingBlock />
          )
        }
      </RequireLogin>
    </PageShell>
  )
}
