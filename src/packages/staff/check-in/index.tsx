import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { CheckInPanel } from '@/features/staff/components/check-in-panel'
import { routes } from '@/routes'

export default function StaffCheckInPage() {
  return (
    <PageShell>
      <RequireLogin reason="请使用员工手机号登录" returnTo={routes.staffCheckIn} role="staff">
        {() => <CheckInPanel />}
      </RequireLogin>
    </PageShell>
  )
}
