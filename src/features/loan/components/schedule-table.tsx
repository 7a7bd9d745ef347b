import { Text, View } from '@tarojs/components'
import type { InstalmentStatus } from '@/contract/constants'
import type { Instalment } from '@/utils/loan-schedule'
import { formatFen } from '@/utils/money'
import { instalmentStatusLabels } from '../model/loan-labels'
import './schedule-table.scss'

/** Props of a repayment schedule. */
export interface ScheduleTableProps {
  /** Instalments in order; with a status once the loan exists. */
  instalments: (Instalment & { status?: InstalmentStatus })[]
}

/** Every instalment: due date, payment, principal, interest and, for a real loan, whether it is paid. */
export function ScheduleTable({ instalments }: ScheduleTableProps) {
  const withStatus = instalments.some((row) => row.status)
  return (
    <View
      className={`cc-schedule${withStatus ? ' cc-schedule--status' : ''}`}
      role="table"
      ariaLabel="还款计划"
    >
      <View className="cc-schedule__row cc-schedule__row--head" role="row">
        <View role="columnheader">期数</View>
        <View role="columnheader">还款日</View>
        <View role="columnheader">月供</View>
        <View role="columnheader">本金</View>
        <View role="columnheader">利息</View>
        {withStatus ? <View role="columnheader">状态</View> : null}
      </View>
      {instalments.map((row) => (
        <View
          key={row.index}
          className={`cc-schedule__row${row.status ? ` cc-schedule__row--${row.status}` : ''}`}
          role="row"
        >
          {/* The labels show only where each instalment is a card (schedule-table.scss). */}
          <View role="cell">
            <Text className="cc-schedule__label">第</Text>
            {row.index}
            <Text className="cc-schedule__label">期</Text>
          </View>
          <View role="cell">
            <Text className="cc-schedule__label">还款日</Text>
            {row.dueDate.slice(2)}
          </View>
          <View role="cell">
            <Text className="cc-schedule__label">月供</Text>
            {formatFen(row.paymentFen)}
          </View>
          <View role="cell">
            <Text className="cc-schedule__label">本金</Text>
            {formatFen(row.principalFen)}
          </View>
          <View role="cell">
            <Text className="cc-schedule__label">利息</Text>
            {formatFen(row.interestFen)}
          </View>
          {withStatus ? (
            <View role="cell">{row.status ? instalmentStatusLabels[row.status] : ''}</View>
          ) : null}
        </View>
      ))}
    </View>
  )
}
