import { useRef, type ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import type { Me } from '@/contract/me'
import { useSession } from '@/services/session/use-session'
import { routes } from '@/routes'
import './require-login.scss'

/** Props of the login gate. */
export interface RequireLoginProps {
  /** Why this page needs a login, in a few words. */
  reason: string
  /** The page to come back to after login. */
  returnTo: string
  children: (user: Me) => ReactNode
}

/**
 * Shows its content to a logged-in user, and a clear way to log in to anyone else.
 * Once shown, the content stays when the session expires, so nothing typed is lost: the next request
 * asks the user to log in again over the page.
 */
export function RequireLogin({ reason, returnTo, children }: RequireLoginProps) {
  const session = useSession()
  const lastUser = useRef<Me | undefined>(undefined)
  if (session.status === 'authenticated') lastUser.current = session.user
  if (lastUser.current) return <>{children(lastUser.current)}</>
  if (session.status === 'unknown') {
    return (
      <View className="cc-require-login">
        <Loading>正在加载…</Loading>
      </View>
    )
  }
  return (
    <View className="cc-require-login">
      <Text className="cc-require-login__text">{reason}</Text>
      <Button
        type="primary"
        onClick={() => Taro.navigateTo({ url: `${routes.login}?redirect=${encodeURIComponent(returnTo)}` })}
      >
        登录 / 注册
      </Button>
    </View>
  )
}
