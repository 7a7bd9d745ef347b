import { useEffect } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { QrCode } from '@/components/qr-code'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useVenueCode } from '@/features/event/api/staff'
import { holdScreen } from '@/platform/screen'
import { routes } from '@/routes'
import './index.scss'

/** The code on the staff phone (or a screen) at the venue: attendees scan it to check themselves in. */
function VenueCode({ eventId }: { eventId: string }) {
  const code = useVenueCode(eventId)
  // The phone lies on a table at the entrance: keep its screen on while the code is shown.
  useEffect(() => {
    let release: (() => void) | undefined
    let gone = false
    void holdScreen().then((put) => (gone ? put() : (release = put)))
    return () => {
      gone = true
      release?.()
    }
  }, [])
  if (code.loading && !code.data) return <LoadingBlock />
  return (
    <View className="venue-code">
      <InlineError
        message={
          code.error && `${code.error.message}${code.error.code === 'NOT_YOUR_BRANCH' ? '' : '（点击重试）'}`
        }
        onClick={code.error?.code === 'NOT_YOUR_BRANCH' ? undefined : () => void code.reload()}
      />
      {code.data ? (
        <>
          <Text className="venue-code__title">{code.data.eventTitle}</Text>
          <QrCode value={code.data.token} label="现场签到二维码" size={260} />
          <Text className="venue-code__hint">
            请参会客户在云柜台打开所报名的活动，点「扫描现场签到码」扫描此码
          </Text>
          <Text className="venue-code__note">二维码每分钟自动更新，截图转发无效</Text>
        </>
      ) : null}
    </View>
  )
}

export default function VenueCodePage() {
  const id = useRouter().params.id ?? ''
  return (
    <PageShell>
      <RequireLogin
        reason="请使用员工手机号登录"
        returnTo={`${routes.staffVenueCode}?id=${encodeURIComponent(id)}`}
        role="staff"
      >
        {() => (id ? <VenueCode eventId={id} /> : <InlineError message="请先选择活动" />)}
      </RequireLogin>
    </PageShell>
  )
}
