import Taro from '@tarojs/taro'
import type { ScanResult } from './types'

export type { ScanResult } from './types'

/** Whether this platform can scan with the camera. */
export const cameraScanAvailable = true

/** WeChat's scanner, camera only (a code from the album could be a photo of someone else's screen). */
export async function scanQrCode(): Promise<ScanResult> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return { ok: true, text: result }
  } catch {
    return { ok: false, reason: 'cancelled' }
  }
}
