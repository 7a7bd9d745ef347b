import { Text } from '@tarojs/components'
import { CellGroup } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { ReferralCell } from '@/features/referral/components/referral-cell'
import { useStaffReferrals } from '@/features/staff/api/get-staff-referrals'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'
import './index.scss'

function AssignedReferrals() {
  const referrals = useStaffReferrals()
  usePageRefresh(referrals)
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
            <ReferralCell
              key={referral.id}
              referral={referral}
              seenBy="manager"
              href={`${routes.staffReferral}?id=${encodeURIComponent(referral.id)}`}
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
