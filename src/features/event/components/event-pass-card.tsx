import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { QrCode } from '@/components/qr-code'
import { useEventPass } from '../api/my-events'
import './event-pass-card.scss'

/** The QR staff scan at the venue, and the 6-digit code under it for when the camera fails. */
export function EventPassCard({ signupId }: { signupId: string }) {
  const pass = useEventPass(signupId)
  if (pass.loading && !pass.data) return <LoadingBlock />
  return (
    <View className="cc-event-pass">
      <InlineError message={pass.error?.message} onClick={() => void pass.reload()} />
      {pass.data ? (
        <>
          <Text className="cc-event-pass__title">到场后请向工作人员出示</Text>
          <QrCode value={pass.data.token} label="活动签到二维码" size={220} />
          <Text className="cc-event-pass__code" aria-label={`签到码 ${pass.data.code.split('').join(' ')}`}>
            {pass.data.code.replace(/(\d{3})(\d{3})/, '$1 $2')}
          </Text>
          <Text className="cc-event-pass__hint">扫码失败时，请工作人员输入上方6位签到码。</Text>
        </>
      ) : null}
      <Button size="small" fill="outline" loading={pass.loading} onClick={() => void pass.reload()}>
        刷新
      </Button>
    </View>
  )
}
