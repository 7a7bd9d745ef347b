import { Text, View } from '@tarojs/components'
import type { Loan } from '@/contract/loans'
import { formatBeijing } from '@/utils/beijing-format'
import { formatDuration } from './loan-timeline-format'
import './loan-timeline.scss'

/** From application to money (and to settlement), with the time each step happened. */
export function LoanTimeline({ loan }: { loan: Loan }) {
  // The first loan of a line counts from the application; later ones from their own request.
  const at = (id: string) => loan.timeline.find((entry) => entry.id === id)?.at
  const applied = at('applied')
  const funded = at('funded')
  const fromApplication =
    applied && funded && Math.round((Date.parse(funded) - Date.parse(applied)) / 1000) === loan.secondsToFunds
  return (
    <View className="cc-loan-timeline">
      <Text className="cc-loan-timeline__total">
        {fromApplication ? '从申请到放款用时' : '本次借款从申请到到账用时'}{' '}
        {formatDuration(loan.secondsToFunds)}
      </Text>
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
