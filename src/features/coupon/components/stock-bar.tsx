import { Text, View } from '@tarojs/components'
import type { CouponBatch } from '@/contract/coupons'
import { stockShare, stockText } from '../model/batch-words'
import './stock-bar.scss'

/** How much of the stock is left: a bar drawn in CSS and the figures in words. */
export function StockBar({ batch }: { batch: CouponBatch }) {
  const percent = Math.round(stockShare(batch) * 100)
  return (
    <View className="cc-stock">
      <View className="cc-stock__track" aria-hidden>
        <View className="cc-stock__fill" style={{ width: `${percent}%` }} />
      </View>
      <Text className="cc-stock__text">{stockText(batch)}</Text>
    </View>
  )
}
