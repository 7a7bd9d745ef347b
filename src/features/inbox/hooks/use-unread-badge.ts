import { useEffect, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { getMessages } from '../api/messages'

/** Index of the "我的" tab, where unread messages are counted. */
const ME_TAB_INDEX = 1

function showBadge(count: number): void {
  const done =
    count > 0
      ? Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: count > 99 ? '99+' : String(count) })
      : Taro.removeTabBarBadge({ index: ME_TAB_INDEX })
  void Promise.resolve(done).catch(() => undefined)
}

/**
 * Unread messages, read when the page shows and when the user logs in, mirrored as a badge on the "我的"
 * tab; logging out clears it, so the next person never sees someone else's count.
 */
export function useUnreadBadge(enabled: boolean): number {
  const [unread, setUnread] = useState(0)
  const refresh = () => {
    if (!enabled) return
    getMessages()
      .then(({ unread: count }) => {
        setUnread(count)
        showBadge(count)
      })
      .catch(() => undefined)
  }
  useDidShow(refresh)
  useEffect(() => {
    if (enabled) refresh()
    else {
      setUnread(0)
      showBadge(0)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled])
  return enabled ? unread : 0
}
