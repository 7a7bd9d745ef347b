// weapp: a mini-program cannot hand a CSV to the phone (wx.openDocument opens office and PDF files
// only), so the text is copied for pasting into a chat or a spreadsheet.
import Taro from '@tarojs/taro'
import type { SaveTextOutcome } from './types'

export type { SaveTextOutcome } from './types'

/** What the save button says on this platform. */
export const saveTextLabel = '复制对账单'

/** Copies `text` to the clipboard (the name and type are for H5). */
export async function saveTextFile(_name: string, text: string, _mime: string): Promise<SaveTextOutcome> {
  try {
    await Taro.setClipboardData({ data: text })
    return { ok: true, how: 'clipboard' }
  } catch {
    return { ok: false }
  }
}
