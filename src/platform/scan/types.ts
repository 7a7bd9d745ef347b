/**
 * What a scan gave: the code's text, or why there is none ('camera-unavailable': the browser has no
 * camera or the user refused it; 'unsupported': this platform cannot scan at all).
 */
export type ScanResult =
  { ok: true; text: string } | { ok: false; reason: 'cancelled' | 'unsupported' | 'camera-unavailable' }

/** What the viewfinder tells the person holding the camera. */
export interface ScanOptions {
  hint?: string
}
