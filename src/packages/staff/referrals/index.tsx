import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { referralStatusLabels } from '@/features/referral/model/referral-labels'
import { getStaffReferrals } from '@/features/staff/api/staff-referrals'
import { useQuery } from '@/services/http/use-query'
import { routes } from '@/routes'
import { formatBeijing } from '@/utils/beijing-time'
import './index.scss'

function AssignedReferrals() {
  const referrals = useQuery('staff-referrals', getStaffReferrals)
  useDidShow(() => void referrals.reload())
  usePullDownRefresh(() => void referrals.reload().finally(() => Taro.stopPullDownRefresh()))
  if (referrals.loading && !referrals.data) return <LoadingBlock />
  return (
    <>
      <InlineError message={referrals.error?.message} onClick={() => void referrals.reload()} />
      {referrals.data?.length === 0 ? (
        <Text className="staff-referrals__empty">暂无分配给您的转介客户</Text>
      ) : null}
      {referrals.data?.length ? (
        <CellGroup>
          {referrals.data.map((referral) => (
            <Cell
              key={referral.id}
              clickable
              title={`${referral.product.name} · ${referral.customerNameMasked ?? referral.customerPhoneMasked}`}
              description={`${formatBeijing(referral.createdAt, 'M月D日 HH:mm')} · ${referral.town}`}
              extra={referralStatusLabels[referral.status]}
              onClick={() =>
                Taro.navigateTo({ url: `${routes.staffReferral}?id=${encodeURIComponent(referral.id)}` })
              }
            />
          ))}
        </CellGroup>
      ) : null}
    </>
  )
}

export default function StaffReferralsPage() {
  return (
    <PageShell>
      <RequireLogin reason="请使用员工手机号登录" returnTo={routes.staffReferrals} role="staff">
        {() => <AssignedReferrals />}
      </RequireLogin>
    </PageShell>
  )
}
