import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import './promo-fallback.scss'

/** Props of the page a promo code, or a link to a coupon or shop, that leads nowhere shows. */
export interface PromoFallbackProps {
  /** What was not found (default: the shop of a promo code). */
  title?: string
  /** Why, in a line under the title (an expired code says so; otherwise the general words). */
  detail?: string
  onCoupons: () => void
  onHome: () => void
  /** Set for a network failure: the same code may work on a second try. */
  onRetry?: () => void
}

/**
 * 没有找到这家商户: a bad, expired or unknown code, a coupon or shop that is gone, or no network, still
 * leads somewhere useful.
 */
export function PromoFallback({
  title = '没有找到这家商户',
  detail,
  onCoupons,
  onHome,
  onRetry,
}: PromoFallbackProps) {
  return (
    <View className="cc-promo-fallback">
      <Text className="cc-promo-fallback__title">{title}</Text>
      <Text className="cc-promo-fallback__detail">
        {detail ?? '二维码可能已过期或无法识别，看看附近的优惠吧'}
      </Text>
      <View className="cc-promo-fallback__actions">
        {onRetry ? (
          <Button type="primary" size="large" block onClick={onRetry}>
            重试
          </Button>
        ) : null}
        <Button type="primary" fill={onRetry ? 'outline' : 'solid'} size="large" block onClick={onCoupons}>
          去领券
        </Button>
        <Button fill="outline" size="large" block onClick={onHome}>
          回首页
        </Button>
      </View>
    </View>
  )
}
