// H5: no share menus (the browser has none for a page); the Web Share API where the browser has it,
// and "copy link" always. Taro's share hooks are not imported: on H5 they would never be called.
import type { ShareMenuContent, SystemShareContent, SystemShareOutcome } from './types'

export type { ShareMenuContent, SystemShareContent, SystemShareOutcome, ShareActionsProps } from './types'
export { copyText } from './clipboard'

/** WeChat's share menus for the current page; nothing to register in a browser. */
export function useShareMenus(_content: ShareMenuContent | undefined): void {}

/** Whether the browser has a system share sheet (mobile browsers; not Chromium on Linux). */
export function webShareAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function'
}

/** Opens the browser's share sheet. */
export async function shareViaSystem(content: SystemShareContent): Promise<SystemShareOutcome> {
  if (!webShareAvailable()) return 'failed'
  try {
    await navigator.share({ title: content.title, text: content.text, url: content.url })
    return 'shared'
  } catch (error) {
    return (error as { name?: unknown } | null)?.name === 'AbortError' ? 'cancelled' : 'failed'
  }
}
