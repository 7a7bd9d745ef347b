import type { ScanResult } from './types'

export type { ScanResult } from './types'

/** Whether this platform can scan with the camera; H5 offers typing or pasting the code instead. */
export const cameraScanAvailable = false

/** H5 has no reliable camera scanner across browsers: the page shows a text field instead. */
export async function scanQrCode(): Promise<ScanResult> {
  return { ok: false, reason: 'unsupported' }
}
