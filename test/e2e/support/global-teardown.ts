// Jest global teardown: stops what global setup started.
import type { E2eServers } from './servers'

/** Closes the preview server, then stops the mock bank. */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __E2E_SERVERS__?: E2eServers }
  const servers = holder.__E2E_SERVERS__
  holder.__E2E_SERVERS__ = undefined
  if (!servers) return
  await servers.preview.close().catch(() => undefined)
  await servers.mock.stop()
}
