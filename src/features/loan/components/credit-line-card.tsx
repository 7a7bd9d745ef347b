import { Text, View } from '@tarojs/components'
import type { CreditLine } from '@/contract/loans'
import { formatFen, formatRateBp } from '@/utils/money'
import './limit-card.scss'

/** The credit line: available first, then total, used, APR and expiry. */
export function CreditLineCard({ line }: { line: CreditLine }) {
  return (
    <View className="cc-limit-card">
      <Text className="cc-limit-card__label">阳光e贷 · 可用额度</Text>
      <Text className="cc-limit-card__amount">¥{formatFen(line.availableFen)}</Text>
      <Text className="cc-limit-card__apr">年化利率（单利）{formatRateBp(line.aprBp)}</Text>
      <View className="cc-limit-card__figures">
        <Text>总额度 ¥{formatFen(line.limitFen)}</Text>
        <Text>已用 ¥{formatFen(line.usedFen)}</Text>
      </View>
      <Text className="cc-limit-card__note">
        {line.expired ? `额度已于 ${line.expiresOn} 到期` : `额度有效期至 ${line.expiresOn}`} · 收款卡{' '}
        {line.card.bankName} {line.card.lastFour}
      </Text>
    </View>
  )
}
