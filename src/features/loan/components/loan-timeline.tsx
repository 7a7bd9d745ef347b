import { Text, View } from '@tarojs/components'
import type { Loan } from '@/contract/loans'
import { formatBeijing } from '@/utils/beijing-time'
import { formatDuration } from './loan-timeline-format'
import './loan-timeline.scss'

/** From application to money (and to settlement), with the time each step happened. */
export function LoanTimeline({ loan }: { loan: Loan }) {
  return (
    <View className="cc-loan-timeline">
      <Text className="cc-loan-timeline__total">从申请到放款用时 {formatDuration(loan.secondsToFunds)}</Text>
      {loan.timeline.map((entry) => (
        <View key={entry.id} className="cc-loan-timeline__entry">
          <View className="cc-loan-timeline__dot" />
          <Text className="cc-loan-timeline__title">{entry.title}</Text>
          <Text className="cc-loan-timeline__time">{formatBeijing(entry.at, 'MM-DD HH:mm:ss')}</Text>
        </View>
      ))}
    </View>
  )
}
