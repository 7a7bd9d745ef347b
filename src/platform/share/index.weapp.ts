// weapp: the chat and timeline entries of the "···" menu (there is no system share sheet: the share
// buttons are share-actions.weapp.tsx). Taro registers onShareAppMessage and
// onShareTimeline only on pages whose config sets enableShareAppMessage / enableShareTimeline.
import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import type { ShareMenuContent } from './types'

export type { ShareMenuContent, SystemShareContent, SystemShareOutcome, ShareActionsProps } from './types'
export { copyText } from './clipboard'

/**
 * Fills the page's chat card and timeline post. Until `content` is known WeChat uses its defaults
 * (the current page, no query); the timeline cannot wait for it, so fetch the content on page load.
 */
export function useShareMenus(content: ShareMenuContent | undefined): void {
  useShareAppMessage(() =>
    content ? { title: content.title, path: content.path, imageUrl: content.imageUrl } : {},
  )
  useShareTimeline(() =>
    content ? { title: content.title, query: content.query, imageUrl: content.imageUrl } : {},
  )
}
