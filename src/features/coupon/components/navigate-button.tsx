import { Button } from '@nutui/nutui-react-taro'
import type { Merchant } from '@/contract/merchants'
import { openMap } from '@/platform/map'

/** 导航: the shop on the phone's map, with its name and address. */
export function NavigateButton({
  merchant,
}: {
  merchant: Pick<Merchant, 'lat' | 'lng' | 'shopName' | 'address'>
}) {
  const go = () =>
    void openMap({ lat: merchant.lat, lng: merchant.lng, name: merchant.shopName, address: merchant.address })
  return (
    <Button size="small" fill="outline" onClick={go}>
      导航
    </Button>
  )
}
