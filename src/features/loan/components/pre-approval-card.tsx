import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { PreApproval } from '@/contract/me'
import { routes } from '@/routes'
import { formatFen, formatRateRange } from '@/utils/money'
import './limit-card.scss'

/** Props of the pre-approved limit card. */
export interface PreApprovalCardProps {
  preApproval: PreApproval
}

/** The household's pre-approved limit, always with its APR (年化利率), as lending rules require. */
export function PreApprovalCard({ preApproval }: PreApprovalCardProps) {
  return (
    <View className="cc-limit-card">
      <Text className="cc-limit-card__product">{preApproval.productName} · 预授信额度</Text>
      <Text className="cc-limit-card__amount">
        <Text className="cc-limit-card__currency">¥</Text>
        {formatFen(preApproval.limitFen)}
      </Text>
      <Text className="cc-limit-card__apr">
        年化利率（单利）{formatRateRange(preApproval.aprMinBp, preApproval.aprMaxBp)}
      </Text>
      <View className="cc-limit-card__links">
        <Text
          className="cc-limit-card__link cc-limit-card__link--primary"
          onClick={() => void Taro.navigateTo({ url: routes.loanHome })}
        >
          立即申请 ›
        </Text>
        <Text
          className="cc-limit-card__link"
          onClick={() => void Taro.navigateTo({ url: routes.loanCalculator })}
        >
          算一算月供 ›
        </Text>
      </View>
      <Text className="cc-limit-card__note">
        纯信用、免担保 · 按月计息，单利 · 额度有效期至 {preApproval.validUntil.slice(0, 10)} ·
        实际利率以审批结果为准
      </Text>
    </View>
  )
}
