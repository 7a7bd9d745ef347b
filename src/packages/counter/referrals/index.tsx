import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { getReferrals } from '@/features/referral/api/get-referrals'
import { referralStatusLabels } from '@/features/referral/model/referral-labels'
import { useQuery } from '@/services/http/use-query'
import { routes } from '@/routes'
import { formatBeijing } from '@/utils/beijing-time'
import './index.scss'

function ReferralList() {
  const referrals = useQuery('referrals', getReferrals)
  useDidShow(() => void referrals.reload())
  usePullDownRefresh(() => void referrals.reload().finally(() => Taro.stopPullDownRefresh()))
  if (referrals.loading && !referrals.data) return <LoadingBlock />
  return (
    <View>
      <InlineError message={referrals.error?.message} onClick={() => void referrals.reload()} />
      {referrals.data?.length === 0 ? (
        <View className="referrals-page__empty">
          <Text>还没有申请过客户经理联系</Text>
          <Button type="primary" onClick={() => Taro.navigateTo({ url: routes.products })}>
            看看产品
          </Button>
        </View>
      ) : null}
      {referrals.data?.length ? (
        <CellGroup>
          {referrals.data.map((referral) => (
            <Cell
              key={referral.id}
              clickable
              title={referral.product.name}
              description={`${formatBeijing(referral.createdAt, 'M月D日 HH:mm')} 提交 · ${referral.manager.nameMasked} ${referral.manager.title}`}
              extra={referralStatusLabels[referral.status]}
              onClick={() =>
                Taro.navigateTo({ url: `${routes.referral}?id=${encodeURIComponent(referral.id)}` })
              }
            />
          ))}
        </CellGroup>
      ) : null}
    </View>
  )
}

export default function ReferralsPage() {
  return (
    <PageShell>
      <RequireLogin reason="登录后查看您的申请" returnTo={routes.referrals} role="customer">
        {() => <ReferralList />}
      </RequireLogin>
    </PageShell>
  )
}
