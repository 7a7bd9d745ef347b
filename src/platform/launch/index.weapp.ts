// weapp: a page opened from a timeline post runs in WeChat's single-page mode (scene 1154): no login,
// no navigation, its own storage, no album; the page shows a read-only view there.
import Taro from '@tarojs/taro'

const TIMELINE_SINGLE_PAGE_SCENE = 1154

/** Whether the mini-program was opened from a timeline post in single-page mode. */
export function isTimelineSinglePage(): boolean {
  try {
    return Taro.getEnterOptionsSync().scene === TIMELINE_SINGLE_PAGE_SCENE
  } catch {
    // A base library without getEnterOptionsSync predates single-page mode too.
    return false
  }
}
