import { useEffect, useState } from 'react'
import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { useUnreadCount } from '../api/get-unread-count'

/** Index of the "我的" tab (after 首页, 优惠 and 活动), where unread messages are counted. */
const ME_TAB_INDEX = 3

function showBadge(count: number): void {
  const done =
    count > 0
      ? Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: count > 99 ? '99+' : String(count) })
      : Taro.removeTabBarBadge({ index: ME_TAB_INDEX })
  void Promise.resolve(done).catch(() => undefined)
}

/**
 * Unread messages, read when the page shows again and when the user logs in, mirrored as a badge on
 * the "我的" tab; logging out clears it, so the next person never sees someone else's count. The
 * badge is set only while this tab page is shown: on H5, touching the tab bar from under another
 * page disturbs which page the router shows.
 */
export function useUnreadBadge(enabled: boolean): number {
  const unread = useUnreadCount(enabled)
  usePageRefresh(enabled && unread)
  const [visible, setVisible] = useState(true)
  useDidShow(() => setVisible(true))
  useDidHide(() => setVisible(false))
  const count = enabled ? (unread.data ?? 0) : 0
  useEffect(() => {
    if (visible) showBadge(count)
  }, [visible, count])
  return count
}
