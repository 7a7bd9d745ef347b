// JS and CSS the H5 home page really loads: served by the preview server, loaded in Chromium.
import { gzipSync } from 'node:zlib'
import type { Response } from 'playwright-core'
import { newPhonePage } from '../e2e/support/browser'

/** One loaded asset. */
export interface Asset {
  /** Path of the asset, e.g. /js/app.1234.js */
  path: string
  kind: 'js' | 'css'
  raw: number
  gzip: number
}

/** What the home page loads until the network is idle. */
export interface H5Load {
  assets: Asset[]
  raw: number
  gzip: number
  /** Milliseconds from navigation to network idle (informative only: one cold run). */
  idleMs: number
}

function kindOf(response: Response): Asset['kind'] | null {
  const type = response.request().resourceType()
  const pathname = new URL(response.url()).pathname
  if (type === 'script' || pathname.endsWith('.js')) return 'js'
  if (type === 'stylesheet' || pathname.endsWith('.css')) return 'css'
  return null
}

/** Opens `baseUrl` on a fresh phone page and sums every .js/.css response, raw and gzip (level 9). */
export async function measureH5(baseUrl: string, timeoutMs = 60_000): Promise<H5Load> {
  const page = await newPhonePage()
  const pending: Promise<Asset | null>[] = []
  page.on('response', (response) => {
    const kind = kindOf(response)
    if (!kind || !response.ok()) return
    const path = new URL(response.url()).pathname
    pending.push(
      response.body().then(
        (body) => ({ path, kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
        () => null,
      ),
    )
  })
  const started = Date.now()
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle', timeout: timeoutMs })
  const idleMs = Date.now() - started
  const byPath = new Map<string, Asset>()
  for (const asset of await Promise.all(pending)) if (asset) byPath.set(asset.path, asset)
  const assets = [...byPath.values()].sort((a, b) => b.raw - a.raw)
  await page.context().close()
  return {
    assets,
    raw: assets.reduce((sum, a) => sum + a.raw, 0),
    gzip: assets.reduce((sum, a) => sum + a.gzip, 0),
    idleMs,
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)

/** Markdown table: one row per asset, then the total. */
export function h5Table(load: H5Load): string {
  return [
    '| H5 home page asset | type | raw KB | gzip KB |',
    '| --- | --- | ---: | ---: |',
    ...load.assets.map((a) => `| ${a.path} | ${a.kind} | ${kb(a.raw)} | ${kb(a.gzip)} |`),
    `| **total (${load.assets.length} files)** | js+css | **${kb(load.raw)}** | **${kb(load.gzip)}** |`,
  ].join('\n')
}
