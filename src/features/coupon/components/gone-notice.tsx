import Taro from '@tarojs/taro'
import { routes } from '@/routes'
import { PromoFallback } from './promo-fallback'

/** A coupon, batch or shop the bank no longer has (404): what happened, and the way to other offers. */
export function GoneNotice({ title, detail }: { title: string; detail: string }) {
  return (
    <PromoFallback
      title={title}
      detail={detail}
      onCoupons={() => void Taro.switchTab({ url: routes.coupons })}
      onHome={() => void Taro.switchTab({ url: routes.home })}
    />
  )
}
