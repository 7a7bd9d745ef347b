import { View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { logout } from '@/features/auth/api/logout'
import { useUnreadBadge } from '@/features/inbox/hooks/use-unread-badge'
import { useLoanOverview } from '@/features/loan/api/get-loan-overview'
import { loanStanding, loanStandingSummary } from '@/features/loan/model/loan-standing'
import { GreetingCard } from '@/features/profile/components/greeting-card'
import { AccountSection } from '@/features/profile/components/account-section'
import { SettingsList } from '@/features/profile/components/settings-list'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { useSession } from '@/services/session/use-session'
import './index.scss'

export default function MePage() {
  const session = useSession()
  const unread = useUnreadBadge(session.status === 'authenticated')
  const customer = session.status === 'authenticated' && session.user.role === 'customer'
  const overview = useLoanOverview(customer)
  usePageRefresh(customer && overview)
  const loanSummary = overview.data ? loanStandingSummary(loanStanding(overview.data)) : undefined
  return (
    <PageShell>
      <GreetingCard session={session} />
      <View className="me-page__sections">
        <SettingsList />
        {session.status === 'authenticated' ? (
          <AccountSection user={session.user} onLogout={logout} unread={unread} loanSummary={loanSummary} />
        ) : null}
      </View>
    </PageShell>
  )
}
