import { useMemo } from 'react'
import { Image, Text, View } from '@tarojs/components'
import type { CampaignDay } from '@/contract/campaign'
import { base64OfAscii } from '@/utils/base64'
import { CHART_SERIES, dailyChart } from '../model/daily-chart'
import { FIGURE_COLUMNS, figuresText, shortDate } from '../model/figures-words'
import './daily-figures.scss'

/**
 * A link's figures by day: the chart for the eye and, beside it, a table of the same numbers for
 * screen readers and for anyone who wants the exact count. The chart's name sums up the last day.
 */
export function DailyFigures({ days }: { days: readonly CampaignDay[] }) {
  const src = useMemo(() => `data:image/svg+xml;base64,${base64OfAscii(dailyChart(days).svg)}`, [days])
  const last = days[days.length - 1]
  const label = last
    ? `每日推广数据图，最近一天 ${shortDate(last.date)} ${figuresText(last)}`
    : '每日推广数据图'
  return (
    <View className="cc-daily">
      <View className="cc-daily__chart">
        <Image
          className="cc-daily__image"
          src={src}
          mode="widthFix"
          ariaLabel={label}
          nativeProps={{ alt: label }}
        />
        <View className="cc-daily__legend">
          {CHART_SERIES.map((series) => (
            <Text key={series.key} className="cc-daily__key">
              <Text className="cc-daily__swatch" style={{ background: series.color }} />
              {series.name}
            </Text>
          ))}
        </View>
      </View>
      <View className="cc-daily-table" role="table" ariaLabel="每日推广数据">
        <View className="cc-daily-table__row cc-daily-table__row--head" role="row">
          <View role="columnheader">日期</View>
          {FIGURE_COLUMNS.map((column) => (
            <View key={column.key} role="columnheader">
              {column.name}
            </View>
          ))}
        </View>
        {/* Newest first: the day a staff member looks for is today. */}
        {[...days].reverse().map((day) => (
          <View key={day.date} className="cc-daily-table__row" role="row">
            <View role="rowheader">{shortDate(day.date)}</View>
            {FIGURE_COLUMNS.map((column) => (
              <View key={column.key} role="cell">
                {day[column.key]}
              </View>
            ))}
          </View>
        ))}
      </View>
    </View>
  )
}
