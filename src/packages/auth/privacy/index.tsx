import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { PageShell } from '@/components/page-shell'
import { logout } from '@/features/auth/api/logout'
import { privacyPolicy } from '@/features/auth/model/privacy-policy'
import { acceptPrivacy, declinePrivacy, hasAcceptedPrivacy } from '@/platform/privacy'
import { useSession } from '@/services/session/use-session'
import './index.scss'

export default function PrivacyPolicyPage() {
  const [accepted, setAccepted] = useState(hasAcceptedPrivacy)
  const session = useSession()

  const withdraw = async () => {
    const answer = await Taro.showModal({
      title: '撤回同意',
      content: '撤回后将退出登录，且无法办理需要个人信息的业务。确定撤回吗？',
      confirmText: '撤回',
    })
    if (!answer.confirm) return
    declinePrivacy()
    setAccepted(false)
    if (session.status === 'authenticated') await logout().catch(() => undefined)
  }

  return (
    <PageShell className="privacy-page">
      <Text className="privacy-page__title">云柜台隐私政策</Text>
      <Text className="privacy-page__version">
        版本 {privacyPolicy.version} · {accepted ? '您已同意' : '您尚未同意'}
      </Text>
      {privacyPolicy.sections.map((section) => (
        <View key={section.heading} className="privacy-page__section">
          <Text className="privacy-page__heading">{section.heading}</Text>
          <Text className="privacy-page__body">{section.body}</Text>
        </View>
      ))}
      <View className="privacy-page__actions">
        {accepted ? (
          <Button block fill="outline" onClick={withdraw}>
            撤回同意
          </Button>
        ) : (
          <Button
            block
            type="primary"
            onClick={() => {
              acceptPrivacy()
              setAccepted(true)
            }}
          >
            同意本政策
          </Button>
        )}
      </View>
    </PageShell>
  )
}
