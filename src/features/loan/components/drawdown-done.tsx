import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Loan } from '@/contract/loans'
import { routes } from '@/routes'
import { formatFen, formatRateBp } from '@/utils/money'
import { LoanTimeline } from './loan-timeline'
import './apply/apply-steps.scss'
import './apply/decision-view.scss'

/** The money has arrived: how much, where, at what APR, and how long it all took. */
export function DrawdownDone({ loan }: { loan: Loan }) {
  return (
    <View className="cc-apply-step">
      <View className="cc-apply-step__card" role="status">
        <Text className="cc-apply-step__title">放款成功，资金已到账</Text>
        <Text className="cc-decision__amount">¥{formatFen(loan.principalFen)}</Text>
        <Text className="cc-apply-step__apr">年化利率（单利）{formatRateBp(loan.aprBp)}</Text>
        <Text className="cc-apply-step__muted">
          已转入 {loan.card.bankName} {loan.card.numberMasked} · 合同编号 {loan.contractNumber}
        </Text>
        {loan.nextInstalment ? (
          <Text className="cc-apply-step__muted">
            首期 {loan.nextInstalment.dueDate} 应还 ¥{formatFen(loan.nextInstalment.paymentFen)}
          </Text>
        ) : null}
      </View>
      <LoanTimeline loan={loan} />
      <View className="cc-apply-step__actions">
        <Button
          type="primary"
          size="large"
          block
          onClick={() => void Taro.redirectTo({ url: `${routes.loan}?id=${encodeURIComponent(loan.id)}` })}
        >
          查看还款计划
        </Button>
      </View>
    </View>
  )
}
