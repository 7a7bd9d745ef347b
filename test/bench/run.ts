// `npm run bench`: weapp package sizes, H5 home page JS+CSS (loaded in Chromium), mock API throughput.
import fs, { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { closeBrowser } from '../e2e/support/browser'
import { startMock, type MockProcess } from '../e2e/support/mock-process'
import { startPreview } from '../e2e/support/preview-server'
import { apiTable, measureApi, type LoadOptions } from './api-load'
import { measureCouponWrites } from './coupon-load'
import { h5Table, measureH5 } from './h5-load'
import { measureCouponScroll, scrollLine } from './h5-scroll'
import { measureWeapp, weappTable } from './weapp-size'

const ROOT = path.resolve(__dirname, '../..')
/** Build output to measure (default dist/); BENCH_DIST points at another copy. */
const DIST = path.resolve(process.env.BENCH_DIST ?? path.join(ROOT, 'dist'))
const WEAPP_DIR = path.join(DIST, 'weapp')
const H5_DIR = path.join(DIST, 'h5')
const LOAD: LoadOptions = { connections: 10, durationSeconds: 5 }
/** The bench mock's store, kept so the coupon writes can seed their batch into it. */
const BENCH_DB = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-')), 'bank.db')
/** The whole run must end within this, whatever hangs. */
const OVERALL_TIMEOUT_MS = 3 * 60_000

const section = (title: string, body: string) => console.log(`\n## ${title}\n\n${body}`)
const skipped = (why: string) => `_not measured: ${why}_`

async function weappSection(): Promise<string> {
  if (!existsSync(path.join(WEAPP_DIR, 'app.json')))
    return skipped('dist/weapp/app.json missing (npm run build:weapp)')
  return weappTable(measureWeapp(WEAPP_DIR))
}

async function h5Section(mockPort: number): Promise<string> {
  if (!existsSync(path.join(H5_DIR, 'index.html')))
    return skipped('dist/h5/index.html missing (npm run build:h5)')
  const preview = await startPreview({ mockPort, root: H5_DIR })
  try {
    const load = await measureH5(preview.url)
    const scroll = await measureCouponScroll(preview.url).then(scrollLine, (error: Error) =>
      skipped(`coupon scroll: ${error.message.split('\n')[0]}`),
    )
    return `${h5Table(load)}\n\nOne cold load in a 375×812 touch context, network idle after ${load.idleMs} ms (gzip: zlib level 9 per file).\n\n${scroll}`
  } finally {
    await preview.close()
    await closeBrowser()
  }
}

let mock: MockProcess | null = null

async function main(): Promise<void> {
  console.log('# Cloud Counter benchmark\n')
  console.log(
    `${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} CPU (${os.cpus()[0]?.model.trim() ?? '?'}) · ${os.platform()} ${os.arch()}`,
  )
  section('weapp package size', await weappSection())

  let mockError = ''
  try {
    // The large sample: the coupon rows page through 1,000 batches and 45 merchants.
    mock = await startMock({ logLevel: 'warn', dbFile: BENCH_DB, env: { MOCK_SAMPLE: 'large' } })
  } catch (error) {
    mockError = (error as Error).message.split('\n')[0]
  }
  try {
    // Without a mock, /api calls from the page go to the discard port and get the preview's 502.
    section(
      'H5 home page load',
      await h5Section(mock?.port ?? 9).catch((error: Error) => skipped(error.message.split('\n')[0])),
    )
    const api = mock
      ? await measureApi(mock.url, LOAD).then(
          async (r) => apiTable([...r, ...(await measureCouponWrites(mock!.url, BENCH_DB, LOAD))], LOAD),
          (error: Error) => skipped(error.message),
        )
      : skipped(mockError)
    section(
      'mock API under load',
      `${api}\n\nMock in a child process (LOG_LEVEL=warn, MOCK_SAMPLE=large, temp SQLite file), autocannon in this process, both on 127.0.0.1.`,
    )
  } finally {
    await mock?.stop()
    fs.rmSync(path.dirname(BENCH_DB), { recursive: true, force: true })
  }
}

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${OVERALL_TIMEOUT_MS / 1000} s, giving up`)
  void Promise.allSettled([mock?.stop(), closeBrowser()]).then(() => process.exit(2))
}, OVERALL_TIMEOUT_MS)
watchdog.unref()

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
