import { View } from '@tarojs/components'
import type { Schedule } from '@/utils/loan-schedule'
import { formatFen } from '@/utils/money'
import './schedule-table.scss'

/** Props of a repayment schedule. */
export interface ScheduleTableProps {
  schedule: Schedule
}

/** Every instalment: due date, payment, principal, interest and what is left. */
export function ScheduleTable({ schedule }: ScheduleTableProps) {
  return (
    <View className="cc-schedule" role="table" ariaLabel="还款计划">
      <View className="cc-schedule__row cc-schedule__row--head" role="row">
        <View role="columnheader">期数</View>
        <View role="columnheader">还款日</View>
        <View role="columnheader">月供</View>
        <View role="columnheader">本金</View>
        <View role="columnheader">利息</View>
      </View>
      {schedule.instalments.map((row) => (
        <View key={row.index} className="cc-schedule__row" role="row">
          <View role="cell">{row.index}</View>
          <View role="cell">{row.dueDate.slice(2)}</View>
          <View role="cell">{formatFen(row.paymentFen)}</View>
          <View role="cell">{formatFen(row.principalFen)}</View>
          <View role="cell">{formatFen(row.interestFen)}</View>
        </View>
      ))}
    </View>
  )
}
