import Taro from '@tarojs/taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useEventTemplates } from '@/features/event/api/staff'
import { CreateEventForm } from '@/features/event/components/create-event-form'
import { routes } from '@/routes'

function Create({ staffId }: { staffId: string }) {
  const templates = useEventTemplates()
  if (templates.loading && !templates.data) return <LoadingBlock />
  if (!templates.data)
    return (
      <InlineError
        message={`${templates.error?.message ?? '模板加载失败'}（点击重试）`}
        onClick={() => void templates.reload()}
      />
    )
  return (
    <CreateEventForm
      staffId={staffId}
      templates={templates.data.items}
      towns={templates.data.towns}
      onCreated={(event) => {
        void Taro.showToast({ title: '活动已发布', icon: 'success' })
        void Taro.redirectTo({ url: `${routes.event}?id=${encodeURIComponent(event.id)}` })
      }}
    />
  )
}

export default function CreateEventPage() {
  return (
    <PageShell>
      <RequireLogin reason="请使用员工手机号登录" returnTo={routes.staffCreateEvent} role="staff">
        {(user) => <Create staffId={user.id} />}
      </RequireLogin>
    </PageShell>
  )
}
