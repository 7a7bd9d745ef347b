import { useEffect, useRef, useState, type ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import type { Role } from '@/contract/constants'
import type { Me } from '@/contract/me'
import { useSession } from '@/services/session/use-session'
import { InlineError } from '@/components/inline-error'
import { routes } from '@/routes'
import { restoreSession } from '../api/get-session'
import './require-login.scss'

const roleNames: Record<Role, string> = { customer: '个人客户', merchant: '合作商户', staff: '银行员工' }

/** Props of the login gate. */
export interface RequireLoginProps {
  /** Why this page needs a login, in a few words. */
  reason: string
  /** The page to come back to after login. */
  returnTo: string
  /** Only this role may see the content (the bank refuses the others anyway). */
  role?: Role
  children: (user: Me) => ReactNode
}

/**
 * Shows its content to a logged-in user, and a clear way to log in to anyone else.
 * Once shown, the content stays when the session expires, so nothing typed is lost: the next request
 * asks the user to log in again over the page.
 */
export function RequireLogin({ reason, returnTo, role, children }: RequireLoginProps) {
  const session = useSession()
  const lastUser = useRef<Me | undefined>(undefined)
  const [offline, setOffline] = useState(false)
  const retry = () => {
    setOffline(false)
    void restoreSession().then((reached) => setOffline(!reached))
  }
  // Opened before the app knew who is logged in (a deep link, a failed start): ask now.
  useEffect(() => {
    if (session.status === 'unknown') retry()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  if (session.status === 'authenticated') lastUser.current = session.user
  if (lastUser.current && role && lastUser.current.role !== role) {
    return <InlineError message={`此功能仅限${roleNames[role]}使用`} />
  }
  if (lastUser.current) return <>{children(lastUser.current)}</>
  if (session.status === 'unknown') {
    return (
      <View className="cc-require-login">
        {offline ? (
          <>
            <InlineError message="网络不给力，暂时无法确认登录状态" />
            <Button onClick={retry}>重试</Button>
          </>
        ) : (
          <Loading>正在加载…</Loading>
        )}
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
