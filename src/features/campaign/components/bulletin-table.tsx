import { Text, View } from '@tarojs/components'
import type { BranchBulletin } from '@/contract/campaign'
import { FIGURE_COLUMNS } from '../model/figures-words'
import './bulletin-table.scss'

/** 每日通报: every staff member of the branch in the bank's ranking, the reader's own row marked. */
export function BulletinTable({ bulletin }: { bulletin: BranchBulletin }) {
  return (
    <View className="cc-bulletin" role="table" ariaLabel={`${bulletin.branch.name}推广通报`}>
      <View className="cc-bulletin__row cc-bulletin__row--head" role="row">
        <View role="columnheader">名次</View>
        <View role="columnheader">员工</View>
        {FIGURE_COLUMNS.map((column) => (
          <View key={column.key} role="columnheader">
            {column.name}
          </View>
        ))}
      </View>
      {bulletin.rows.map((row) => (
        <View
          key={row.staffCode}
          className={`cc-bulletin__row${row.isMe ? ' cc-bulletin__row--me' : ''}`}
          role="row"
        >
          <View role="cell">{row.rank}</View>
          <View role="rowheader">
            {row.staffName}
            {row.isMe ? <Text className="cc-bulletin__me">（我）</Text> : null}
          </View>
          {FIGURE_COLUMNS.map((column) => (
            <View key={column.key} role="cell">
              {/* Shown only where each row is a card (bulletin-table.scss). */}
              <Text className="cc-bulletin__label">{column.name}</Text>
              {row[column.key]}
            </View>
          ))}
        </View>
      ))}
      <View className="cc-bulletin__row cc-bulletin__row--total" role="row">
        <View role="cell" />
        <View role="rowheader">合计</View>
        {FIGURE_COLUMNS.map((column) => (
          <View key={column.key} role="cell">
            <Text className="cc-bulletin__label">{column.name}</Text>
            {bulletin.totals[column.key]}
          </View>
        ))}
      </View>
    </View>
  )
}
