import { useCallback, useEffect, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Divider } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import { wechatLoginAvailable } from '@/platform/login'
import { hasAcceptedPrivacy } from '@/platform/privacy'
import { routes } from '@/routes'
import { usePrivacyRequests } from '../hooks/use-privacy-requests'
import { PrivacyNotice } from './privacy-notice'
import { SmsLoginForm } from './sms-login-form'
import { WechatLoginButton } from './wechat-login-button'
import './login-screen.scss'

/** Props of the login screen. */
export interface LoginScreenProps {
  onLoggedIn: () => void
}

/** Privacy first, then WeChat one-tap (mini-program) or phone + SMS code; a new WeChat user binds a phone. */
export function LoginScreen({ onLoggedIn }: LoginScreenProps) {
  const [privacyAccepted, setPrivacyAccepted] = useState(hasAcceptedPrivacy)
  // Consent may have been given or withdrawn on the policy page meanwhile.
  useDidShow(() => setPrivacyAccepted(hasAcceptedPrivacy()))
  const [noticeVisible, setNoticeVisible] = useState(false)
  const [wechatTicket, setWechatTicket] = useState<string>()
  const [wechatError, setWechatError] = useState<string>()

  useEffect(() => {
    if (!privacyAccepted) setNoticeVisible(true)
  }, [privacyAccepted])
  usePrivacyRequests(useCallback(() => setNoticeVisible(true), []))

  return (
    <View className="cc-login">
      {wechatLoginAvailable && !wechatTicket ? (
        <View className="cc-login__wechat">
          <WechatLoginButton
            onResult={(result) => {
              if (result.status === 'LOGGED_IN') onLoggedIn()
              else setWechatTicket(result.wechatTicket)
            }}
            onError={setWechatError}
          />
          <InlineError message={wechatError} />
          <Divider>或使用手机号登录</Divider>
        </View>
      ) : null}
      {wechatTicket ? <Text className="cc-login__bind">首次使用微信登录，请绑定您的手机号</Text> : null}
      <SmsLoginForm
        wechatTicket={wechatTicket}
        privacyAccepted={privacyAccepted}
        onNeedPrivacy={() => setNoticeVisible(true)}
        onLoggedIn={onLoggedIn}
        onTicketRejected={() => setWechatTicket(undefined)}
      />
      <Text className="cc-login__policy">
        登录即表示您已阅读并同意
        <Text className="cc-login__link" onClick={() => Taro.navigateTo({ url: routes.privacyPolicy })}>
          《云柜台隐私政策》
        </Text>
      </Text>
      <PrivacyNotice
        visible={noticeVisible}
        onAccepted={() => {
          setPrivacyAccepted(true)
          setNoticeVisible(false)
        }}
        onDeclined={() => {
          setPrivacyAccepted(false)
          setNoticeVisible(false)
        }}
      />
    </View>
  )
}
