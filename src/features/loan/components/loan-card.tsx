import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { LoanSummary } from '@/contract/loans'
import { routes } from '@/routes'
import { formatBeijing } from '@/utils/beijing-format'
import { formatFen, formatRateBp } from '@/utils/money'
import { repaymentMethodText } from '../model/loan-labels'
import './loan-card.scss'

/** One loan in the list: what is owed, what is next, and whether anything is overdue. */
export function LoanCard({ loan }: { loan: LoanSummary }) {
  const next = loan.nextInstalment
  return (
    <View
      className="cc-loan-card"
      role="link"
      onClick={() => void Taro.navigateTo({ url: `${routes.loan}?id=${encodeURIComponent(loan.id)}` })}
    >
      <View className="cc-loan-card__head">
        <Text className="cc-loan-card__title">借款 ¥{formatFen(loan.principalFen)}</Text>
        <Text className={`cc-loan-card__status cc-loan-card__status--${loan.status}`}>
          {loan.status === 'settled'
            ? '已结清'
            : loan.overdueCount > 0
              ? `逾期${loan.overdueCount}期`
              : '还款中'}
        </Text>
      </View>
      <Text className="cc-loan-card__apr">
        年化利率（单利）{formatRateBp(loan.aprBp)} · {repaymentMethodText[loan.method].name} ·{' '}
        {loan.termMonths}期
      </Text>
      {loan.status === 'active' ? (
        <Text>
          剩余本金 ¥{formatFen(loan.outstandingPrincipalFen)}
          {next ? ` · 下期 ${next.dueDate} 应还 ¥${formatFen(next.paymentFen)}` : ''}
        </Text>
      ) : (
        <Text>结清于 {loan.settledAt ? formatBeijing(loan.settledAt, 'YYYY-MM-DD') : ''}</Text>
      )}
      <Text className="cc-loan-card__muted">
        借款日 {formatBeijing(loan.drawnAt, 'YYYY-MM-DD')} · 合同 {loan.contractNumber}
      </Text>
    </View>
  )
}
