import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { ConfigProvider } from '@nutui/nutui-react-taro'
import { useElderMode } from '@/services/preferences/elder-mode'
import { useForgetOtherUsersReads } from '@/services/query/user-reads'
import { elderTheme, standardTheme } from '@/styles/theme'
import './index.scss'

/** Props of the frame every page is drawn in. */
export interface PageShellProps {
  children: ReactNode
  className?: string
}

/** The frame of every page: the bank's theme, and elder mode when it is on. */
export function PageShell({ children, className }: PageShellProps) {
  const elder = useElderMode()
  useForgetOtherUsersReads()
  const classes = ['cc-page', elder ? 'cc-page--elder' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <ConfigProvider theme={elder ? elderTheme : standardTheme} className={classes}>
      {/* The page's own content, apart from the title bar and tab bar: its main landmark. */}
      <View role="main">{children}</View>
    </ConfigProvider>
  )
}
