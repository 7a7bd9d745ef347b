import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useHostedEvents } from '@/features/event/api/staff'
import { EventCheckInPanel } from '@/features/event/components/event-check-in-panel'
import { routes } from '@/routes'

function CheckIn() {
  // The branch's own events still to come or under way: the only ones its staff check people in to.
  const events = useHostedEvents()
  if (events.loading && !events.data) return <LoadingBlock />
  return (
    <>
      <InlineError message={events.error?.message} onClick={() => void events.reload()} />
      <EventCheckInPanel events={events.data?.items ?? []} />
    </>
  )
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
