import { createElement, type PropsWithChildren } from 'react'
import { SWRConfig } from 'swr'
import { useLaunch } from '@tarojs/taro'
import { restoreSession } from '@/features/auth/api/get-session'
import { requestRelogin } from '@/features/auth/relogin'
import { setSessionRefresher, setUnauthorizedHandler } from '@/services/http/client'
import { swrConfig } from '@/services/query/swr-config'
import './app.scss'

// A 401 anywhere opens the login page over the current one and repeats the request afterwards.
setUnauthorizedHandler(requestRelogin)
// A lost CSRF token is recovered by reading the session again, with no prompt.
setSessionRefresher(restoreSession)

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void restoreSession()
  })
  // One cache for every page's reads (the mini-program's is tied to its show and network events).
  return createElement(SWRConfig, { value: swrConfig }, children)
}

export default App
