import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { ApplicationFlow } from '@/features/loan/components/apply/application-flow'
import { routes } from '@/routes'

/** The application, resumed at the step where the customer left it. */
export default function LoanApplyPage() {
  return (
    <PageShell>
      <RequireLogin reason="登录后即可申请阳光e贷" returnTo={routes.loanApply} role="customer">
        {(user) => <ApplicationFlow user={user} />}
      </RequireLogin>
    </PageShell>
  )
}
