import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { acceptPrivacy, agreeButtonProps, declinePrivacy } from '@/platform/privacy'
import { routes } from '@/routes'
import './privacy-notice.scss'

/** Props of the privacy notice dialog. */
export interface PrivacyNoticeProps {
  visible: boolean
  onAccepted: () => void
  onDeclined: () => void
}

/** The notice shown before any personal data is collected: what we collect, why, and a way to say no. */
export function PrivacyNotice({ visible, onAccepted, onDeclined }: PrivacyNoticeProps) {
  const agree = () => {
    acceptPrivacy()
    onAccepted()
  }
  const decline = () => {
    declinePrivacy()
    onDeclined()
  }
  if (!visible) return null
  return (
    // Our own sheet, not NutUI's Dialog: the home page shows it on a first visit, and the Dialog with
    // its Overlay and transition library cost the H5 home page about 4 KB gzip it does not have.
    <View
      className="cc-privacy-sheet"
      role="dialog"
      aria-modal="true"
      aria-labelledby="cc-privacy-title"
      catchMove
    >
      <View className="cc-privacy">
        <Text className="cc-privacy__title" id="cc-privacy-title">
          个人信息保护提示
        </Text>
        <Text className="cc-privacy__text">
          欢迎使用云柜台。为向您提供预约办理、贷款申请、优惠券等服务，我们需要在您同意后收集手机号、姓名、身份证号等必要信息，仅用于身份核验和业务办理，不会出售或用于其他用途。页面中展示的个人信息均已脱敏。
        </Text>
        <Text className="cc-privacy__link" onClick={() => Taro.navigateTo({ url: routes.privacyPolicy })}>
          阅读完整的《云柜台隐私政策》
        </Text>
        <Text className="cc-privacy__text">若不同意，您仍可浏览公开信息，但无法登录和办理业务。</Text>
        <View className="cc-privacy__actions">
          <Button className="cc-privacy__button" fill="outline" onClick={decline}>
            不同意
          </Button>
          <Button className="cc-privacy__button" type="primary" {...agreeButtonProps} onClick={agree}>
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  )
}
