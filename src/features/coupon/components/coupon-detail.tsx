import { Text, View } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { CouponDetail as Detail } from '@/contract/coupons'
import { formatBeijing } from '@/utils/beijing-format'
import { formatChineseDate } from '@/utils/date-text'
import { formatFen } from '@/utils/money'
import { useMerchant } from '../api/get-merchant'
import { CouponPass } from './coupon-pass'
import { MerchantInfo } from './merchant-info'
import { COUPON_STATE_WORDS } from '../model/batch-words'
import './coupon-detail.scss'

/** Props of a coupon's page. */
export interface CouponDetailProps {
  coupon: Detail
  onNoLongerUsable: () => void
}

/** The customer's coupon: the pass while usable, where it was used once used, and its rules. */
export function CouponDetail({ coupon, onNoLongerUsable }: CouponDetailProps) {
  const { batch } = coupon
  // Phone and hours come with the merchant's own answer; the coupon's merchant block shows meanwhile.
  const merchant = useMerchant(batch.merchant.id)
  const validity =
    coupon.validFrom === coupon.validUntil
      ? `仅限${formatChineseDate(coupon.validUntil)}`
      : `${formatChineseDate(coupon.validFrom)} 至 ${formatChineseDate(coupon.validUntil)}`
  return (
    <View className="cc-coupon-detail">
      <View className={`cc-coupon-detail__head cc-coupon-detail__head--${coupon.state}`}>
        <Text className="cc-coupon-detail__rule">{batch.ruleText}</Text>
        <Text className="cc-coupon-detail__title">{batch.title}</Text>
        <Text className="cc-coupon-detail__state">{COUPON_STATE_WORDS[coupon.state]}</Text>
      </View>
      {coupon.state === 'usable' && coupon.redeemCode ? (
        <CouponPass couponId={coupon.id} redeemCode={coupon.redeemCode} onNoLongerUsable={onNoLongerUsable} />
      ) : null}
      {coupon.redemption ? (
        <CellGroup title="使用记录">
          <Cell title="使用商户" extra={coupon.redemption.merchantName} />
          <Cell title="使用时间" extra={formatBeijing(coupon.redemption.redeemedAt, 'YYYY-MM-DD HH:mm')} />
          <Cell title="订单金额" extra={`¥${formatFen(coupon.redemption.orderAmountFen)}`} />
          <Cell title="优惠金额" extra={`¥${formatFen(coupon.redemption.discountFen)}`} />
        </CellGroup>
      ) : null}
      <MerchantInfo merchant={merchant.data ?? batch.merchant} />
      <CellGroup title="使用说明">
        <Cell title="有效期" description={validity} />
        <Cell title="使用规则" description={batch.rules} />
      </CellGroup>
    </View>
  )
}
