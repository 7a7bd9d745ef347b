// H5: the poster PNG is an object URL; saving hands it to the browser as a download (as
// platform/download does for files). WeChat's in-app browser ignores downloads, hence the long-press hint.
import Taro from '@tarojs/taro'
import type { SavePosterOutcome } from './types'

export type { PosterContext, PosterResult, PosterSurfaceProps, SavePosterOutcome } from './types'

/** File name of a downloaded poster. */
const FILE_NAME = '邀请海报.png'

/** What the save button says on this platform. */
export const posterSaveLabel = '保存图片'

/** The other way to keep the poster, shown under it. */
export const posterSaveHint = '长按图片保存'

/** Downloads the poster (`src` from PosterSurface's onReady); shows its own message on failure. */
export async function savePoster(src: string): Promise<SavePosterOutcome> {
  try {
    const link = document.createElement('a')
    link.href = src
    link.download = FILE_NAME
    link.style.display = 'none'
    document.body.append(link)
    link.click()
    link.remove()
    return 'saved'
  } catch {
    void Taro.showToast({ title: '保存失败，请长按图片保存', icon: 'none' })
    return 'failed'
  }
}
