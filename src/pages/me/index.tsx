import { View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { logout } from '@/features/auth/api/logout'
import { useUnreadBadge } from '@/features/inbox/hooks/use-unread-badge'
import { GreetingCard } from '@/features/profile/components/greeting-card'
import { AccountSection } from '@/features/profile/components/account-section'
import { SettingsList } from '@/features/profile/components/settings-list'
import { useSession } from '@/services/session/use-session'
import './index.scss'

export default function MePage() {
  const session = useSession()
  const unread = useUnreadBadge(session.status === 'authenticated')
  return (
    <PageShell>
      <GreetingCard session={session} />
      <View className="me-page__sections">
        <SettingsList />
        {session.status === 'authenticated' ? (
          <AccountSection user={session.user} onLogout={logout} unread={unread} />
        ) : null}
      </View>
    </PageShell>
  )
}
