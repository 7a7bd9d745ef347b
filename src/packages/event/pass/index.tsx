import { useRouter } from '@tarojs/taro'
import { InlineError } from '@/components/inline-error'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { EventPassCard } from '@/features/event/components/event-pass-card'
import { routes } from '@/routes'

export default function EventPassPage() {
  const id = useRouter().params.id ?? ''
  return (
    <PageShell>
      <RequireLogin
        reason="登录后出示活动签到码"
        returnTo={`${routes.eventPass}?id=${encodeURIComponent(id)}`}
        role="customer"
      >
        {() => (id ? <EventPassCard signupId={id} /> : <InlineError message="未找到该报名" />)}
      </RequireLogin>
    </PageShell>
  )
}
