// A camera that films a QR code: Chromium plays a Y4M file as its fake video device, so the H5 scanner
// reads a real image through getUserMedia, as on a phone held up to the customer's screen.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { encode } from 'uqr'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser'

const WIDTH = 640
const HEIGHT = 480
const MODULE_PX = 6

/** A Y4M video (4:2:0) of `text` as a black-on-white QR code, centred, two identical frames. */
export function qrVideo(text: string): Buffer {
  const { data, size } = encode(text, { ecc: 'M', border: 0 })
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235)
  const left = Math.floor((WIDTH - size * MODULE_PX) / 2)
  const top = Math.floor((HEIGHT - size * MODULE_PX) / 2)
  for (let y = 0; y < size * MODULE_PX; y += 1) {
    for (let x = 0; x < size * MODULE_PX; x += 1) {
      if (data[Math.floor(y / MODULE_PX)][Math.floor(x / MODULE_PX)]) luma[(top + y) * WIDTH + left + x] = 16
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma])
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F5:1 Ip A1:1 C420jpeg\n`), frame, frame])
}

/** A browser whose camera films `text` as a QR code (close it when done). */
export async function browserFilming(text: string): Promise<Browser> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cc-camera-')), 'qr.y4m')
  writeFileSync(file, qrVideo(text))
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...CHROMIUM_FLAGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${file}`,
    ],
  })
}
