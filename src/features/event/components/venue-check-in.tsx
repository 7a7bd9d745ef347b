import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import { scanQrCode } from '@/platform/scan'
import { useVenueCheckIn } from '../api/venue-check-in'

const CAMERA_UNAVAILABLE = '无法打开摄像头，请在浏览器中允许使用摄像头，或向工作人员出示签到码'

/**
 * 扫描现场签到码: the attendee scans the code staff show at the entrance and is checked in. The
 * bank says why a code does not fit (another event's, expired, not yet open) next to the button.
 */
export function VenueCheckIn({ signupId }: { signupId: string }) {
  const checkIn = useVenueCheckIn(signupId)
  const [scanError, setScanError] = useState<string>()
  const scan = async () => {
    setScanError(undefined)
    checkIn.clearError()
    const result = await scanQrCode({ hint: '请扫描活动现场的签到二维码' })
    if (!result.ok) {
      if (result.reason === 'camera-unavailable' || result.reason === 'unsupported')
        setScanError(CAMERA_UNAVAILABLE)
      return
    }
    const done = await checkIn.execute(result.text.trim())
    if (done.ok) void Taro.showToast({ title: '签到成功', icon: 'success' })
  }
  return (
    <>
      <Button
        type="primary"
        fill="outline"
        size="large"
        block
        loading={checkIn.pending}
        onClick={() => void scan()}
      >
        扫描现场签到码
      </Button>
      <InlineError message={scanError ?? checkIn.error?.message} />
    </>
  )
}
