import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { recordPromoVisit } from '@/features/coupon/api/record-promo-visit'
import { PromoFallback } from '@/features/coupon/components/promo-fallback'
import { parsePromoEntry } from '@/features/coupon/model/promo-entry'
import { toApiError } from '@/services/http/api-error'
import { routes } from '@/routes'

type Landing = { state: 'loading' } | { state: 'fallback'; detail?: string; retry: boolean }

// redirectTo: going back from the merchant must not land on this landing page again.
const openMerchant = (merchantId: string) =>
  void Taro.redirectTo({ url: `${routes.couponMerchant}?id=${encodeURIComponent(merchantId)}` })
const openCoupons = () => void Taro.switchTab({ url: routes.coupons })
const openHome = () => void Taro.switchTab({ url: routes.home })

/**
 * Where a promo QR code lands (weapp: `scene` or `q`; H5: `c`): counts the visit and opens the
 * merchant. Whatever goes wrong, the page itself shows a way on: never a blank page or a crash.
 */
export default function PromoLandingPage() {
  const { params } = useRouter()
  const [landing, setLanding] = useState<Landing>({ state: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    const entry = parsePromoEntry(params)
    if ('error' in entry) return setLanding({ state: 'fallback', retry: false })
    let current = true
    setLanding({ state: 'loading' })
    recordPromoVisit(entry.code, entry.via).then(
      (merchant) => current && openMerchant(merchant.id),
      (raw: unknown) => {
        if (!current) return
        const error = toApiError(raw)
        if (error.code === 'PROMO_CODE_EXPIRED') {
          return setLanding({
            state: 'fallback',
            detail: '这张二维码已过期，看看附近的其他优惠吧',
            retry: false,
          })
        }
        if (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED') {
          return setLanding({ state: 'fallback', retry: false })
        }
        setLanding({ state: 'fallback', detail: error.message, retry: true })
      },
    )
    return () => {
      current = false
    }
    // The parameters of one page load do not change; `attempt` is the 重试 button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt])

  return (
    <PageShell>
      {landing.state === 'loading' ? (
        <LoadingBlock text="正在打开商户…" />
      ) : (
        <PromoFallback
          detail={landing.detail}
          onCoupons={openCoupons}
          onHome={openHome}
          onRetry={landing.retry ? () => setAttempt((n) => n + 1) : undefined}
        />
      )}
    </PageShell>
  )
}
