import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { RedemptionDays as Days } from '@/contract/redemptions'
import { routes } from '@/routes'
import { formatDayLabel } from '@/utils/date-text'
import { formatFen } from '@/utils/money'
import './statement.scss'

/** Each day with redemptions: count, order amount and discount; a day opens its statement. */
export function RedemptionDays({ days, today }: { days: Days['days']; today: string }) {
  if (days.length === 0) {
    return <Text className="cc-statement__empty">近30天暂无核销记录</Text>
  }
  return (
    <CellGroup title="近30天核销（不含已撤销）">
      {days.map((day) => (
        <Cell
          key={day.date}
          clickable
          title={day.date === today ? `今天 ${formatDayLabel(day.date)}` : formatDayLabel(day.date)}
          description={`${day.count}笔 · 订单¥${formatFen(day.orderAmountFen)}`}
          extra={
            <View className="cc-statement__figure">
              <Text>优惠¥{formatFen(day.discountFen)}</Text>
            </View>
          }
          onClick={() => void Taro.navigateTo({ url: `${routes.merchantStatement}?date=${day.date}` })}
        />
      ))}
    </CellGroup>
  )
}
