// Jest global setup: one mock bank and one preview server for the whole run; URLs go to tests via env.
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { ARTIFACTS_DIR, CHROMIUM_PATH } from './browser'
import { startMock } from './mock-process'
import { startPreview } from './preview-server'
import type { E2eServers } from './servers'

const H5_ROOT = path.resolve(__dirname, '../../../dist/h5')

/** Starts the servers and publishes E2E_BASE_URL, E2E_MOCK_URL and E2E_MOCK_PORT. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(path.join(H5_ROOT, 'index.html'))) {
    throw new Error(`dist/h5/index.html is missing: run \`npm run build:h5\` before the browser tests.`)
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: \`apt-get install -y --no-install-recommends chromium fonts-wqy-microhei\`, or set CHROMIUM_PATH.`,
    )
  }
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  const mock = await startMock({
    logLevel: process.env.E2E_MOCK_LOG_LEVEL ?? 'info',
    logFile: path.join(ARTIFACTS_DIR, 'mock.log'),
    // The preview server on this machine is the gateway: each phone's own address counts (phone-address.ts).
    env: { MOCK_TRUST_PROXY: 'loopback' },
  })
  const preview = await startPreview({ mockPort: mock.port, root: H5_ROOT }).catch(async (error) => {
    await mock.stop()
    throw error
  })
  process.env.E2E_BASE_URL = preview.url
  process.env.E2E_MOCK_URL = mock.url
  process.env.E2E_MOCK_PORT = String(mock.port)
  const servers: E2eServers = { mock, preview }
  ;(globalThis as { __E2E_SERVERS__?: E2eServers }).__E2E_SERVERS__ = servers
}
