import { useRef } from 'react'
import Taro, { useRouter, useUnload } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { NoticeBar } from '@nutui/nutui-react-taro'
import { PageShell } from '@/components/page-shell'
import { LoginScreen } from '@/features/auth/components/login-screen'
import { finishRelogin, isReloginPending } from '@/features/auth/relogin'
import { routes, tabRoutes } from '@/routes'
import './index.scss'

/**
 * Whether `url` is the page right below the login page: a login gate (RequireLogin, the loan page)
 * opened the login page over itself, and going back shows it logged in. Redirecting to it instead
 * would stack a second copy, which the first "back" after finishing there would land on. Only the
 * path is compared: Taro's H5 router keeps no query in `options`, and a gate names its own page.
 */
function isPageBelow(url: string): boolean {
  const pages = Taro.getCurrentPages()
  const below = pages[pages.length - 2]
  return !!below?.route && `/${below.route.replace(/^\//, '')}` === url.split('?')[0]
}

/** Where to go once logged in: back to the page that asked, or to the redirect target, or home. */
function leave(redirect?: string) {
  if (isReloginPending()) {
    // Someone else logged in: nothing of the previous user's page may stay, typed input included.
    if (finishRelogin(true) === 'resume') Taro.navigateBack()
    else Taro.reLaunch({ url: routes.home })
  } else if (redirect) {
    const url = decodeURIComponent(redirect)
    if (tabRoutes.includes(url)) Taro.switchTab({ url })
    else if (isPageBelow(url)) Taro.navigateBack()
    else Taro.redirectTo({ url })
  } else if (Taro.getCurrentPages().length > 1) {
    Taro.navigateBack()
  } else {
    Taro.switchTab({ url: routes.home })
  }
}

export default function LoginPage() {
  const { params } = useRouter()
  const loggedIn = useRef(false)
  // Leaving the page without logging in gives up the request that was waiting for it.
  useUnload(() => {
    if (!loggedIn.current) finishRelogin(false)
  })

  return (
    <PageShell className="login-page">
      {params.reason === 'expired' ? (
        <NoticeBar content="登录已过期，请重新登录。登录后将回到刚才的页面继续。" scrollable={false} wrap />
      ) : null}
      <View className="login-page__head">
        <Text className="login-page__title">登录云柜台</Text>
        <Text className="login-page__subtitle">手机号验证码登录，未注册的手机号将自动注册</Text>
      </View>
      <LoginScreen
        onLoggedIn={() => {
          loggedIn.current = true
          leave(params.redirect)
        }}
      />
    </PageShell>
  )
}
