import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Merchant } from '@/contract/merchants'
import { callPhone } from '@/platform/phone'
import { NavigateButton } from './navigate-button'
import './merchant-info.scss'

/** What the block shows: the batch's merchant at first, the merchant's own answer once read. */
export type MerchantInfoData = Pick<Merchant, 'shopName' | 'town' | 'address' | 'lat' | 'lng'> &
  Partial<Pick<Merchant, 'phone' | 'hoursText' | 'category'>>

/** Props of the merchant block. */
export interface MerchantInfoProps {
  merchant: MerchantInfoData
  /** A link under the block (the merchant's page, from a batch). */
  more?: { label: string; onTap: () => void }
}

/** Where a shop is and when it is open, with 电话 and 导航. */
export function MerchantInfo({ merchant, more }: MerchantInfoProps) {
  const phone = merchant.phone
  return (
    <View className="cc-merchant-info" role="group" ariaLabel={merchant.shopName}>
      <Text className="cc-merchant-info__name">{merchant.shopName}</Text>
      <Text className="cc-merchant-info__line">
        {merchant.category ? `${merchant.category} · ` : ''}
        {merchant.town}
      </Text>
      <Text className="cc-merchant-info__line">地址：{merchant.address}</Text>
      {merchant.hoursText ? (
        <Text className="cc-merchant-info__line">营业时间：{merchant.hoursText}</Text>
      ) : null}
      {phone ? <Text className="cc-merchant-info__line">电话：{phone}</Text> : null}
      <View className="cc-merchant-info__actions">
        {more ? (
          <Button size="small" fill="none" onClick={more.onTap}>
            {more.label}
          </Button>
        ) : null}
        {phone ? (
          <Button size="small" fill="outline" onClick={() => void callPhone(phone)}>
            电话
          </Button>
        ) : null}
        <NavigateButton merchant={merchant} />
      </View>
    </View>
  )
}
