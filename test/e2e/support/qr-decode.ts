// Reads a QR code out of a screenshot the way a till's camera would: qr-scanner's decoder, run in a
// page of the test browser (its legacy build carries its worker inline, so no file needs serving).
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { newPhonePage } from './browser'

const DECODER = path.resolve(__dirname, '../../../node_modules/qr-scanner/qr-scanner.legacy.min.js')

/** The text of the QR code in the PNG, or the decoder's complaint. */
export async function decodeQrPng(png: Buffer, on?: Page): Promise<string> {
  const page = on ?? (await newPhonePage())
  try {
    await page.goto('/')
    await page.addScriptTag({ path: DECODER })
    return await page.evaluate(
      async (dataUrl) => {
        const QrScanner = (
          window as unknown as {
            QrScanner: { scanImage: (src: string, o: object) => Promise<{ data: string }> }
          }
        ).QrScanner
        const result = await QrScanner.scanImage(dataUrl, { returnDetailedScanResult: true })
        return result.data
      },
      `data:image/png;base64,${png.toString('base64')}`,
    )
  } finally {
    if (!on) await page.context().close()
  }
}

/** The text of the QR code shown in `element`, read from a screenshot of it. */
export async function decodeQrScreenshot(element: Locator): Promise<string> {
  return decodeQrPng(await element.screenshot())
}
