// H5: the camera, read by a kept QR decoder (qr-scanner) that is fetched only when a scan starts, so
// no other page pays for it. The viewfinder lies over the page; closing it answers 'cancelled'.
import type QrScannerClass from 'qr-scanner'
import type { ScanOptions, ScanResult } from './types'
import './camera-overlay.scss'

export type { ScanOptions, ScanResult } from './types'

/** Whether the browser may offer its camera: it needs getUserMedia, which only secure pages have. */
export const cameraScanAvailable =
  typeof window !== 'undefined' && window.isSecureContext && Boolean(navigator.mediaDevices?.getUserMedia)

/** The viewfinder: a video, a hint and a close button, over the whole page. */
function openViewfinder(hintText: string) {
  const root = document.createElement('div')
  root.className = 'cc-camera'
  root.setAttribute('role', 'dialog')
  root.setAttribute('aria-modal', 'true')
  root.setAttribute('aria-label', '扫描二维码')
  const video = document.createElement('video')
  video.className = 'cc-camera__video'
  video.muted = true
  video.setAttribute('playsinline', '')
  const hint = document.createElement('p')
  hint.className = 'cc-camera__hint'
  hint.textContent = hintText
  const close = document.createElement('button')
  close.type = 'button'
  close.className = 'cc-camera__close'
  close.textContent = '取消扫码'
  root.append(video, hint, close)
  document.body.append(root)
  return { root, video, close }
}

/** Scans one QR code with the camera; resolves when a code is read, the user cancels, or there is no camera. */
export async function scanQrCode(options: ScanOptions = {}): Promise<ScanResult> {
  if (!cameraScanAvailable) return { ok: false, reason: 'unsupported' }
  let QrScanner: typeof QrScannerClass
  try {
    QrScanner = (await import(/* webpackChunkName: "qr-scanner" */ 'qr-scanner')).default
  } catch {
    // The decoder could not be fetched (offline): the page offers the typed code instead.
    return { ok: false, reason: 'camera-unavailable' }
  }
  const view = openViewfinder(options.hint ?? '请将二维码放入画面中')
  return new Promise<ScanResult>((resolve) => {
    let done = false
    let scanner: InstanceType<typeof QrScanner> | undefined
    function finish(result: ScanResult) {
      if (done) return
      done = true
      scanner?.destroy()
      view.root.remove()
      window.removeEventListener('hashchange', leave)
      resolve(result)
    }
    // Leaving the page closes the camera with it.
    const leave = () => finish({ ok: false, reason: 'cancelled' })
    view.close.addEventListener('click', leave)
    window.addEventListener('hashchange', leave)
    try {
      scanner = new QrScanner(view.video, (result) => finish({ ok: true, text: result.data }), {
        returnDetailedScanResult: true,
        preferredCamera: 'environment',
        maxScansPerSecond: 8,
      })
      scanner.start().catch(() => finish({ ok: false, reason: 'camera-unavailable' }))
    } catch {
      finish({ ok: false, reason: 'camera-unavailable' })
    }
  })
}
