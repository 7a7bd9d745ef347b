import Taro from '@tarojs/taro'
import type { ScanOptions, ScanResult } from './types'

export type { ScanOptions, ScanResult } from './types'

/** Whether this platform can scan with the camera. */
export const cameraScanAvailable = true

/** WeChat's scanner, camera only (a code from the album could be a photo of someone else's screen). */
// WeChat's scanner draws its own frame and words: the hint is for the H5 viewfinder.
export async function scanQrCode(_options: ScanOptions = {}): Promise<ScanResult> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return { ok: true, text: result }
  } catch {
    return { ok: false, reason: 'cancelled' }
  }
}
