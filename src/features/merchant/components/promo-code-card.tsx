import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { MyPromoCode } from '@/contract/promo-codes'
import { QrCode } from '@/components/qr-code'
import './promo-code-card.scss'

async function copy(link: string): Promise<void> {
  try {
    await Taro.setClipboardData({ data: link })
    void Taro.showToast({ title: '链接已复制', icon: 'none' })
  } catch {
    void Taro.showToast({ title: '复制失败，请长按链接手动复制', icon: 'none' })
  }
}

/** The QR to print for the counter, its link to copy, and how many people it brought. */
export function PromoCodeCard({ promo }: { promo: MyPromoCode }) {
  return (
    <View className="cc-promo-code">
      <View className="cc-promo-code__qr">
        <QrCode value={promo.link} label={`推广二维码 ${promo.code}`} size={220} />
        <Text className="cc-promo-code__code">推广码 {promo.code}</Text>
        <Text className="cc-promo-code__hint">
          打印后贴在收银台，顾客用微信或手机浏览器扫码即可进入您的店铺页
        </Text>
      </View>
      <View className="cc-promo-code__link">
        <Text className="cc-promo-code__url" userSelect>
          {promo.link}
        </Text>
        <Button size="small" type="primary" fill="outline" onClick={() => void copy(promo.link)}>
          复制链接
        </Button>
      </View>
      <CellGroup>
        <Cell title="今日访客" extra={`${promo.visits.today} 人`} />
        <Cell title="近30天访客" extra={`${promo.visits.last30Days} 人次`} />
        {promo.expiresOn ? <Cell title="有效期至" extra={promo.expiresOn} /> : null}
      </CellGroup>
      <Text className="cc-promo-code__hint">同一顾客同一天多次扫码只计一次</Text>
    </View>
  )
}
