import { useRouter } from '@tarojs/taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { preferredTimeLabels, referralStatusLabels } from '@/features/referral/model/referral-labels'
import { openStaffReferral } from '@/features/staff/api/staff-referrals'
import { StaffReferralPanel } from '@/features/staff/components/staff-referral-panel'
import { useQuery } from '@/services/http/use-query'
import { routes } from '@/routes'

function OpenedReferral({ id }: { id: string }) {
  const referral = useQuery(`staff-referral:${id}`, () => openStaffReferral(id))
  if (referral.loading && !referral.data) return <LoadingBlock />
  if (!referral.data)
    return <InlineError message={referral.error?.message} onClick={() => void referral.reload()} />
  return (
    <StaffReferralPanel
      referral={referral.data}
      statusLabel={referralStatusLabels[referral.data.status]}
      preferredTimeLabel={preferredTimeLabels[referral.data.preferredTime]}
      onChanged={() => void referral.reload()}
    />
  )
}

export default function StaffReferralPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  return (
    <PageShell>
      <RequireLogin reason="请使用员工手机号登录" returnTo={`${routes.staffReferral}?id=${id}`} role="staff">
        {() => (id ? <OpenedReferral id={id} /> : <InlineError message="未指定转介" />)}
      </RequireLogin>
    </PageShell>
  )
}
