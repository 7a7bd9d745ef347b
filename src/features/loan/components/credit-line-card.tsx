import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { CreditLine, NextInstalment } from '@/contract/loans'
import { formatFen, formatRateBp } from '@/utils/money'
import { nextInstalmentText } from '../model/loan-standing'
import './limit-card.scss'

/** Props of the credit line card. */
export interface CreditLineCardProps {
  line: CreditLine
  /** The next instalment to pay, shown under the figures (red once overdue). */
  next?: NextInstalment | null
  /** Links under the card's text (the home page's 借款 / 我的贷款). */
  links?: ReactNode
}

/** The credit line: available first, then total, used, APR and expiry, and what is due next. */
export function CreditLineCard({ line, next, links }: CreditLineCardProps) {
  return (
    <View className="cc-limit-card">
      <Text className="cc-limit-card__label">阳光e贷 · 可用额度</Text>
      <Text className="cc-limit-card__amount">¥{formatFen(line.availableFen)}</Text>
      <Text className="cc-limit-card__apr">年化利率（单利）{formatRateBp(line.aprBp)}</Text>
      <View className="cc-limit-card__figures">
        <Text>总额度 ¥{formatFen(line.limitFen)}</Text>
        <Text>已用 ¥{formatFen(line.usedFen)}</Text>
      </View>
      {next ? (
        <Text className={`cc-limit-card__next${next.overdue ? ' cc-limit-card__next--overdue' : ''}`}>
          {nextInstalmentText(next)}
        </Text>
      ) : null}
      {links ? <View className="cc-limit-card__links">{links}</View> : null}
      <Text className="cc-limit-card__note">
        {line.expired ? `额度已于 ${line.expiresOn} 到期` : `额度有效期至 ${line.expiresOn}`} · 收款卡{' '}
        {line.card.bankName} {line.card.lastFour}
      </Text>
    </View>
  )
}
