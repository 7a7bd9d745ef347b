import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { getMessages } from '../api/messages'

/** Index of the "我的" tab, where unread messages are counted. */
const ME_TAB_INDEX = 1

/** Unread messages, refreshed each time the page shows, and mirrored as a badge on the "我的" tab. */
export function useUnreadBadge(enabled: boolean): number {
  const [unread, setUnread] = useState(0)
  useDidShow(() => {
    if (!enabled) return
    getMessages()
      .then(({ unread: count }) => {
        setUnread(count)
        const badge =
          count > 0
            ? Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: count > 99 ? '99+' : String(count) })
            : Taro.removeTabBarBadge({ index: ME_TAB_INDEX })
        return badge.catch(() => undefined)
      })
      .catch(() => undefined)
  })
  return enabled ? unread : 0
}
