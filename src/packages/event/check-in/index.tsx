import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useEvents } from '@/features/event/api/get-events'
import { EventCheckInPanel } from '@/features/event/components/event-check-in-panel'
import { routes } from '@/routes'

function CheckIn() {
  // The events still to come or under way; the bank checks the host branch.
  const events = useEvents({ scope: 'upcoming' })
  if (events.loading) return <LoadingBlock />
  return <EventCheckInPanel events={events.items} />
}

export default function EventCheckInPage() {
  return (
    <PageShell>
      <RequireLogin reason="请使用员工手机号登录" returnTo={routes.staffEventCheckIn} role="staff">
        {() => <CheckIn />}
      </RequireLogin>
    </PageShell>
  )
}
