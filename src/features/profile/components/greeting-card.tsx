import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import type { SessionState } from '@/services/session/session-store'
import { routes } from '@/routes'
import { displayName, roleLabel } from '../model/display-name'
import './greeting-card.scss'

/** Props of the greeting card. */
export interface GreetingCardProps {
  session: SessionState
}

/** "您好，王*国" for a signed-in user; a login invitation for anyone else. */
export function GreetingCard({ session }: GreetingCardProps) {
  if (session.status !== 'authenticated') {
    return (
      <View className="cc-greeting">
        <Text className="cc-greeting__title">您好，欢迎使用云柜台</Text>
        <Text className="cc-greeting__sub">登录后可查看预授信额度、办理业务</Text>
        <Button
          type="primary"
          size="small"
          className="cc-greeting__login"
          onClick={() => Taro.navigateTo({ url: routes.login })}
        >
          登录 / 注册
        </Button>
      </View>
    )
  }
  const { user } = session
  return (
    <View className="cc-greeting">
      <View className="cc-greeting__row">
        <Text className="cc-greeting__title">您好，{displayName(user)}</Text>
        {user.role !== 'customer' ? <Tag type="primary">{roleLabel(user.role)}</Tag> : null}
      </View>
      {user.role === 'customer' && !user.realNameVerified ? (
        <Text className="cc-greeting__hint" onClick={() => Taro.navigateTo({ url: routes.realName })}>
          尚未实名认证，完成认证后可查看预授信额度 ›
        </Text>
      ) : (
        <Text className="cc-greeting__sub">{user.phoneMasked}</Text>
      )}
    </View>
  )
}
