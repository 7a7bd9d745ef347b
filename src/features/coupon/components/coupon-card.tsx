import { Text, View } from '@tarojs/components'
import type { Coupon } from '@/contract/coupons'
import { COUPON_STATE_WORDS } from '../model/batch-words'
import './coupon-card.scss'

/** "2026-12-19" → "2026.12.19". */
const dotted = (date: string) => date.replace(/-/g, '.')

/** Props of a held coupon. */
export interface CouponCardProps {
  coupon: Coupon
  /** Opens the coupon (to show at the till); without it the card is not a link. */
  onOpen?: (coupon: Coupon) => void
}

/** A coupon the customer holds: the rule, the shop, its state and its last day. */
export function CouponCard({ coupon, onOpen }: CouponCardProps) {
  const usable = coupon.state === 'usable'
  return (
    <View
      className={`cc-coupon${usable ? '' : ' cc-coupon--spent'}`}
      {...(onOpen
        ? {
            role: 'button',
            ariaLabel: `${coupon.batch.ruleText}，${coupon.batch.merchant.shopName}，${COUPON_STATE_WORDS[coupon.state]}`,
            onClick: () => onOpen(coupon),
          }
        : {})}
    >
      <View className="cc-coupon__head">
        <Text className="cc-coupon__rule">{coupon.batch.ruleText}</Text>
        <Text className="cc-coupon__state">{COUPON_STATE_WORDS[coupon.state]}</Text>
      </View>
      <Text className="cc-coupon__shop">{coupon.batch.merchant.shopName}</Text>
      <Text className="cc-coupon__line">
        {usable || coupon.state === 'expired'
          ? `有效期 ${dotted(coupon.validFrom)}–${dotted(coupon.validUntil)}`
          : `领取于 ${dotted(coupon.claimedAt.slice(0, 10))}`}
      </Text>
    </View>
  )
}
