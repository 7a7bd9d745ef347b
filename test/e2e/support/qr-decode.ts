// Reads a QR code off a screenshot, with the decoder qr-scanner ships for its web worker (a port of
// jsQR, already a dependency of the app's H5 scanner): its worker source is run here in a sandbox.
import { readFileSync } from 'node:fs'
import vm from 'node:vm'
import type { Locator } from 'playwright-core'

type Decode = (rgba: Uint8ClampedArray, width: number, height: number) => string | null

let decoder: Decode | undefined

/** The worker's decode, called directly: the worker file builds its source as a Blob, caught here. */
function loadDecoder(): Decode {
  if (decoder) return decoder
  const file = require.resolve('qr-scanner/qr-scanner-worker.min.js')
  const module = readFileSync(file, 'utf8').replace(/^export const createWorker\s*=/m, 'createWorker =')
  const built: { source?: string } = {}
  vm.runInNewContext(`${module}; createWorker()`, {
    Blob: class {
      text: string
      constructor(parts: string[]) {
        this.text = parts.join('')
      }
    },
    URL: { createObjectURL: (blob: { text: string }) => blob.text },
    Worker: class {
      constructor(source: string) {
        built.source = source
      }
    },
  })
  if (!built.source) throw new Error('qr-scanner worker source not found')
  let answer: { data: string | null } | undefined
  const self: { onmessage?: (event: unknown) => void; postMessage: (m: typeof answer) => void } = {
    postMessage: (message) => (answer = message),
  }
  vm.runInNewContext(built.source, { self, Uint8ClampedArray, Math, Array, Error, Number, Infinity })
  decoder = (rgba, width, height) => {
    answer = undefined
    self.onmessage!({ data: { id: 1, type: 'decode', data: { data: rgba, width, height } } })
    return (answer as { data: string | null } | undefined)?.data ?? null
  }
  return decoder
}

/** The text of the QR code shown in `element`, read from a screenshot of it (null when unreadable). */
export async function decodeQrScreenshot(element: Locator): Promise<string | null> {
  const png = (await element.screenshot()).toString('base64')
  // The browser turns its own PNG into pixels: no image library needed here.
  const pixels = await element.page().evaluate(async (data) => {
    const image = new Image()
    image.src = `data:image/png;base64,${data}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth
    canvas.height = image.naturalHeight
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const { data: rgba, width, height } = context.getImageData(0, 0, canvas.width, canvas.height)
    return { rgba: Array.from(rgba), width, height }
  }, png)
  return loadDecoder()(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height)
}
