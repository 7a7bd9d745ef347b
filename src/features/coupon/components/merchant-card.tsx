import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Merchant } from '@/contract/merchants'
import { routes } from '@/routes'
import { formatDistance } from '@/utils/geo'
import { NavigateButton } from './navigate-button'
import './merchant-card.scss'

/** Props of a merchant in the list. */
export interface MerchantCardProps {
  merchant: Merchant
}

/** A merchant as listed: what it sells, where, how far, when open; opens its page, or the map. */
export function MerchantCard({ merchant }: MerchantCardProps) {
  const open = () =>
    void Taro.navigateTo({ url: `${routes.couponMerchant}?id=${encodeURIComponent(merchant.id)}` })
  return (
    <View className="cc-merchant" role="group" ariaLabel={merchant.shopName}>
      <View className="cc-merchant__body" role="button" onClick={open}>
        <View className="cc-merchant__head">
          <Text className="cc-merchant__name">{merchant.shopName}</Text>
          <Text className="cc-merchant__category">{merchant.category}</Text>
        </View>
        <Text className="cc-merchant__line">
          {merchant.address}
          {merchant.distanceMeters !== undefined ? ` · 距您${formatDistance(merchant.distanceMeters)}` : ''}
        </Text>
        <Text className="cc-merchant__line">营业时间：{merchant.hoursText}</Text>
      </View>
      <View className="cc-merchant__actions">
        <Text className="cc-merchant__count">
          {merchant.activeBatches > 0 ? `${merchant.activeBatches} 种优惠` : '暂无优惠'}
        </Text>
        <NavigateButton merchant={merchant} />
        <Button size="small" type="primary" onClick={open}>
          查看优惠
        </Button>
      </View>
    </View>
  )
}
