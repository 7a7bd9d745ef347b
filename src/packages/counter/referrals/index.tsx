import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, CellGroup } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useMyReferrals } from '@/features/referral/api/get-my-referrals'
import { ReferralCell } from '@/features/referral/components/referral-cell'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'
import './index.scss'

function ReferralList() {
  const referrals = useMyReferrals()
  usePageRefresh(referrals)
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
            <ReferralCell
              key={referral.id}
              referral={referral}
              seenBy="customer"
              href={`${routes.referral}?id=${encodeURIComponent(referral.id)}`}
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
