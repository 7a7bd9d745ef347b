// H5: a text file is handed to the browser as a download (Blob + a[download]); desktop and Android
// browsers save it, and iOS Safari opens it to share.
import type { SaveTextOutcome } from './types'

export type { SaveTextOutcome } from './types'

/** What the save button says on this platform. */
export const saveTextLabel = '下载CSV'

/** Saves `text` as a file named `name`. */
export async function saveTextFile(name: string, text: string, mime: string): Promise<SaveTextOutcome> {
  try {
    const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }))
    const link = document.createElement('a')
    link.href = url
    link.download = name
    link.style.display = 'none'
    document.body.append(link)
    link.click()
    link.remove()
    // The browser has read the Blob once the click is handled; later would leak it for the page's life.
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    return { ok: true, how: 'file' }
  } catch {
    return { ok: false }
  }
}
