import { useEffect, useRef } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { COUPON_TOKEN_REFRESH_SECONDS } from '@/contract/constants'
import { InlineError } from '@/components/inline-error'
import { QrCode } from '@/components/qr-code'
import { brightnessAdjustable, holdScreen } from '@/platform/screen'
import { groupRedeemCode } from '@/utils/redeem-code'
import { useRedeemToken } from '../api/my-coupon'
import './coupon-pass.scss'

/** Props of the pass shown at the till. */
export interface CouponPassProps {
  couponId: string
  redeemCode: string
  /** The bank says the coupon is no longer usable (just redeemed): the page reads it again. */
  onNoLongerUsable: () => void
}

/** The QR the till scans (renewed every minute, so a screenshot stops working) and the code under it. */
export function CouponPass({ couponId, redeemCode, onNoLongerUsable }: CouponPassProps) {
  const token = useRedeemToken(couponId, true, COUPON_TOKEN_REFRESH_SECONDS)
  useScreenHold()
  const gone = token.error?.code === 'COUPON_NOT_USABLE'
  const tell = useRef(onNoLongerUsable)
  tell.current = onNoLongerUsable
  useEffect(() => {
    // Once per change: the page reads the coupon again and shows where it was used.
    if (gone) tell.current()
  }, [gone])

  return (
    <View className="cc-pass">
      <Text className="cc-pass__title">向商户出示此码核销</Text>
      {token.data ? (
        <QrCode value={token.data.token} label="优惠券核销二维码" size={220} />
      ) : (
        <View className="cc-pass__placeholder">{token.error ? '二维码加载失败' : '二维码加载中…'}</View>
      )}
      <InlineError message={gone ? undefined : token.error?.message} onClick={() => void token.reload()} />
      <Text className="cc-pass__code" aria-label={`券码 ${redeemCode.split('').join(' ')}`}>
        {groupRedeemCode(redeemCode)}
      </Text>
      <Text className="cc-pass__hint">
        二维码每分钟自动刷新，截图无效。扫码失败时，请商户输入上方12位券码。
        {brightnessAdjustable ? '' : '请调亮屏幕以便扫码。'}
      </Text>
      <Button size="small" fill="outline" loading={token.loading} onClick={() => void token.reload()}>
        刷新二维码
      </Button>
    </View>
  )
}

/** Brightness up and the screen kept on while the page is in front; put back when it is not. */
function useScreenHold() {
  const undo = useRef<(() => void) | undefined>(undefined)
  // Each hold is numbered, so a hold that resolves after the page hid is put back at once.
  const generation = useRef(0)
  const release = () => {
    generation.current += 1
    undo.current?.()
    undo.current = undefined
  }
  const hold = () => {
    release()
    const mine = generation.current
    void holdScreen().then((put) => {
      if (generation.current === mine) undo.current = put
      else put()
    })
  }
  useEffect(() => {
    hold()
    return release
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  useDidShow(hold)
  useDidHide(release)
}
