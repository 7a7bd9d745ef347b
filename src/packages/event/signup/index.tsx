import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useEvent } from '@/features/event/api/get-event'
import { SignupForm } from '@/features/event/components/signup-form'
import { isActiveSignup } from '@/features/event/model/event-words'
import type { Me } from '@/contract/me'
import { routes } from '@/routes'
import './index.scss'

/** Back to the event page: the one below, or a fresh one when this page was opened from a link. */
function showEvent(id: string) {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.redirectTo({ url: `${routes.event}?id=${encodeURIComponent(id)}` })
}

function Signup({ id, user }: { id: string; user: Me }) {
  const event = useEvent(id, user.id)
  if (event.loading && !event.data) return <LoadingBlock />
  if (!event.data)
    return (
      <InlineError message={event.error?.message ?? '未找到该活动'} onClick={() => void event.reload()} />
    )
  const mine = event.data.mySignup
  if (mine && isActiveSignup(mine)) {
    return (
      <View className="event-signup-page__done">
        <Text className="event-signup-page__done-text">您已报名该活动，无需重复报名</Text>
        <Button type="primary" block onClick={() => showEvent(id)}>
          查看我的报名
        </Button>
      </View>
    )
  }
  return (
    <SignupForm
      event={event.data}
      user={user}
      onSignedUp={(signup) => {
        void Taro.showToast({
          title: signup.status === 'waitlisted' ? `已登记候补第${signup.waitlistPosition}位` : '报名成功',
          icon: 'none',
        })
        showEvent(id)
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
