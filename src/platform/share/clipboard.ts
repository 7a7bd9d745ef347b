import Taro from '@tarojs/taro'

/** Copies `text` (one Taro call on both platforms; H5 also keeps it in storage `taro_clipboard`). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text })
    return true
  } catch {
    return false
  }
}
