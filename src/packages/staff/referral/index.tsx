import { useRouter } from '@tarojs/taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { preferredTimeLabels, referralStatusLabels } from '@/features/referral/model/referral-labels'
import { useStaffReferral } from '@/features/staff/api/open-staff-referral'
import { StaffReferralPanel } from '@/features/staff/components/staff-referral-panel'
import { routes } from '@/routes'

function OpenedReferral({ id }: { id: string }) {
  const referral = useStaffReferral(id)
  if (referral.loading && !referral.data) return <LoadingBlock />
  if (!referral.data)
    return <InlineError message={referral.error?.message} onClick={() => void referral.reload()} />
  return (
    <StaffReferralPanel
      referral={referral.data}
      statusLabel={referralStatusLabels[referral.data.status]}
      preferredTimeLabel={preferredTimeLabels[referral.data.preferredTime]}
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
