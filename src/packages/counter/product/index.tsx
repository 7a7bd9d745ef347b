import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { MERCHANT_ACQUIRING_PRODUCT_ID, SUNSHINE_LOAN_PRODUCT_ID } from '@/contract/constants'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useCampaignVisit } from '@/features/campaign/api/use-campaign-visit'
import { useProducts } from '@/features/referral/api/get-products'
import { useTowns } from '@/features/referral/api/get-towns'
import { ReferralForm } from '@/features/referral/components/referral-form'
import { isTimelineSinglePage } from '@/platform/launch'
import { useSession } from '@/services/session/use-session'
import { routes } from '@/routes'
import { formatFen, formatRateRange } from '@/utils/money'
import './index.scss'

export default function ProductPage() {
  const { params } = useRouter()
  // Opened from a staff member's product link (r=<code>): the visit is theirs.
  useCampaignVisit(params, isTimelineSinglePage())
  const products = useProducts()
  const towns = useTowns()
  const product = products.data?.find((p) => p.id === params.id)
  const session = useSession()
  const staffOrMerchant = session.status === 'authenticated' && session.user.role !== 'customer'
  const openReferral = (id: string) =>
    Taro.redirectTo({ url: `${routes.referral}?id=${encodeURIComponent(id)}` })

  if ((products.loading && !products.data) || (towns.loading && !towns.data))
    return (
      <PageShell>
        <LoadingBlock />
      </PageShell>
    )
  return (
    <PageShell>
      <InlineError message={(products.error ?? towns.error)?.message} />
      {products.data && !product ? <InlineError message="未找到该产品，请返回产品列表重新选择" /> : null}
      {product ? (
        <View>
          <View className="product-page__head">
            <Text className="product-page__name">{product.name}</Text>
            <Text className="product-page__summary">{product.summary}</Text>
            {product.aprMinBp !== undefined && product.aprMaxBp !== undefined ? (
              <Text className="product-page__apr">
                年化利率（单利）{formatRateRange(product.aprMinBp, product.aprMaxBp)}
              </Text>
            ) : null}
            {product.amountMaxFen ? (
              <Text className="product-page__summary">最高额度 {formatFen(product.amountMaxFen)} 元</Text>
            ) : null}
            {product.termText ? <Text className="product-page__summary">{product.termText}</Text> : null}
            {product.features.map((feature) => (
              <Text key={feature} className="product-page__feature">
                · {feature}
              </Text>
            ))}
          </View>
          {product.id === SUNSHINE_LOAN_PRODUCT_ID && !staffOrMerchant ? (
            <View className="product-page__apply">
              <Button
                type="primary"
                size="large"
                block
                onClick={() => void Taro.navigateTo({ url: routes.loanHome })}
              >
                在线申请（查看我的额度）
              </Button>
            </View>
          ) : null}
          {product.id === MERCHANT_ACQUIRING_PRODUCT_ID && !staffOrMerchant ? (
            <View className="product-page__apply">
              <Button
                type="primary"
                size="large"
                block
                onClick={() => void Taro.navigateTo({ url: routes.merchantApply })}
              >
                申请商户入驻（加入好邻居联盟）
              </Button>
            </View>
          ) : null}
          {/* Asking a manager to call is a customer's request; staff and merchants are not offered it. */}
          {staffOrMerchant ? null : (
            <>
              <Text className="product-page__section">请客户经理联系我</Text>
              <RequireLogin
                reason="登录后可请客户经理联系您"
                returnTo={`${routes.product}?id=${product.id}`}
                role="customer"
              >
                {() => (
                  <ReferralForm
                    product={product}
                    towns={towns.data ?? []}
                    onSubmitted={(referral) => openReferral(referral.id)}
                    onAlreadyOpen={(id) => {
                      void Taro.showToast({ title: '您已提交过该产品的申请，正在为您打开', icon: 'none' })
                      openReferral(id)
                    }}
                  />
                )}
              </RequireLogin>
            </>
          )}
        </View>
      ) : null}
    </PageShell>
  )
}
