import { Text } from '@tarojs/components'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useMyEventSignups } from '@/features/event/api/my-events'
import { MyEventCard } from '@/features/event/components/my-event-card'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'
import './index.scss'

function MyEvents() {
  const signups = useMyEventSignups()
  usePageRefresh(signups)
  if (signups.loading && !signups.data) return <LoadingBlock />
  return (
    <>
      <InlineError
        message={signups.error && `${signups.error.message}（点击重试）`}
        onClick={() => void signups.reload()}
      />
      {signups.data?.items.length === 0 ? (
        <Text className="my-events-page__empty">您还没有报名活动，去「活动」看看吧</Text>
      ) : null}
      {signups.data?.items.map((s) => (
        <MyEventCard key={s.id} signup={s} />
      ))}
    </>
  )
}

export default function MyEventsPage() {
  return (
    <PageShell>
      <RequireLogin reason="登录后查看您报名的活动" returnTo={routes.myEvents} role="customer">
        {() => <MyEvents />}
      </RequireLogin>
    </PageShell>
  )
}
