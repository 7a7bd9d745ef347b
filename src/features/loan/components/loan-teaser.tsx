import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { SUNSHINE_LOAN_APR_RANGE_BP, SUNSHINE_LOAN_PRODUCT } from '@/contract/constants'
import { routes } from '@/routes'
import { formatRateRange } from '@/utils/money'
import { LOAN_MAX_TEXT } from '@/utils/rule-text'
import './limit-card.scss'

/** For customers without a pre-approval: the product, its APR range, and "测一测我的额度". */
export function LoanTeaser() {
  return (
    <View
      className="cc-limit-card"
      role="link"
      onClick={() => void Taro.navigateTo({ url: routes.loanHome })}
    >
      <Text className="cc-limit-card__product">
        {SUNSHINE_LOAN_PRODUCT} · 纯信用 · {LOAN_MAX_TEXT}
      </Text>
      <Text className="cc-limit-card__apr">
        年化利率（单利）{formatRateRange(SUNSHINE_LOAN_APR_RANGE_BP.min, SUNSHINE_LOAN_APR_RANGE_BP.max)}
      </Text>
      <Text className="cc-limit-card__link cc-limit-card__link--primary">测一测我的额度 ›</Text>
      <Text className="cc-limit-card__note">额度和利率以审批结果为准</Text>
    </View>
  )
}
