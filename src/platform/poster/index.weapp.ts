// weapp: the poster is a temporary PNG file saved to the album. Saving needs scope.writePhotosAlbum;
// once refused, WeChat fails at once without asking, so the user is sent to the settings page.
import Taro from '@tarojs/taro'
import type { SavePosterOutcome } from './types'

export type { PosterContext, PosterResult, PosterSurfaceProps, SavePosterOutcome } from './types'

/** What the save button says on this platform. */
export const posterSaveLabel = '保存到相册'

/** The other way to keep the poster, shown under it. */
export const posterSaveHint = '长按海报图片可发送给朋友'

const errMsgOf = (error: unknown) => String((error as { errMsg?: unknown } | null)?.errMsg ?? '')

/** Which way a failed save went, read from WeChat's errMsg. */
function failureOf(error: unknown): 'denied' | 'cancelled' | 'failed' {
  const message = errMsgOf(error)
  if (/auth den|authorize no response/.test(message)) return 'denied'
  if (/cancel/.test(message)) return 'cancelled'
  return 'failed'
}

async function saveOnce(filePath: string): Promise<SavePosterOutcome> {
  try {
    await Taro.saveImageToPhotosAlbum({ filePath })
    return 'saved'
  } catch (error) {
    return failureOf(error)
  }
}

/** Asks the user to allow the album in settings; whether it is allowed afterwards. */
async function allowAlbumInSettings(): Promise<boolean> {
  const { confirm } = await Taro.showModal({
    title: '需要保存到相册的权限',
    content: '请在设置中允许「保存到相册」，再保存海报',
    confirmText: '去设置',
  })
  if (!confirm) return false
  // Called from the modal's confirm, which counts as the user's tap that openSetting requires.
  const { authSetting } = await Taro.openSetting()
  return authSetting['scope.writePhotosAlbum'] === true
}

/** Saves the poster (`src` from PosterSurface's onReady) to the album; shows its own messages. */
export async function savePoster(src: string): Promise<SavePosterOutcome> {
  let outcome = await saveOnce(src)
  if (outcome === 'denied') {
    const allowed = await allowAlbumInSettings().catch(() => false)
    if (allowed) outcome = await saveOnce(src)
  }
  if (outcome === 'saved') void Taro.showToast({ title: '已保存到相册', icon: 'success' })
  else if (outcome === 'denied')
    void Taro.showToast({ title: '未获得相册权限，可长按海报图片保存', icon: 'none' })
  else if (outcome === 'failed') void Taro.showToast({ title: '保存失败，请重试', icon: 'none' })
  return outcome
}
