import Taro, { useRouter } from '@tarojs/taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useEvent } from '@/features/event/api/get-event'
import { SignupForm } from '@/features/event/components/signup-form'
import type { Me } from '@/contract/me'
import { routes } from '@/routes'

function Signup({ id, user }: { id: string; user: Me }) {
  const event = useEvent(id, user.id)
  if (event.loading && !event.data) return <LoadingBlock />
  if (!event.data)
    return (
      <InlineError message={event.error?.message ?? '未找到该活动'} onClick={() => void event.reload()} />
    )
  return (
    <SignupForm
      event={event.data}
      user={user}
      onSignedUp={(signup) => {
        void Taro.showToast({
          title: signup.status === 'waitlisted' ? `已登记候补第${signup.waitlistPosition}位` : '报名成功',
          icon: 'none',
        })
        void Taro.navigateBack()
      }}
    />
  )
}

export default function EventSignupPage() {
  const id = useRouter().params.id ?? ''
  return (
    <PageShell>
      <RequireLogin
        reason="登录后即可报名活动"
        returnTo={`${routes.eventSignup}?id=${encodeURIComponent(id)}`}
        role="customer"
      >
        {(user) => (id ? <Signup id={id} user={user} /> : <InlineError message="未找到该活动" />)}
      </RequireLogin>
    </PageShell>
  )
}
