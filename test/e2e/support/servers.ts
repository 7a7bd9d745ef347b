// What global setup hands to global teardown, and how tests read the URLs it published.
import type { MockProcess } from './mock-process'
import type { Preview } from './preview-server'

/** The servers started once per jest run. */
export interface E2eServers {
  mock: MockProcess
  preview: Preview
}

function required(name: 'E2E_BASE_URL' | 'E2E_MOCK_URL'): string {
  const value = process.env[name]
  if (!value)
    throw new Error(
      `${name} is not set: run the browser tests through test/e2e/jest.config.js (npm run test:e2e).`,
    )
  return value
}

/** URL of the preview server (the built H5 app, /api proxied to the mock), no trailing slash. */
export const baseUrl = (): string => required('E2E_BASE_URL')
/** URL of the mock bank itself, for dev helpers (readSmsCode, resetMock), no trailing slash. */
export const mockUrl = (): string => required('E2E_MOCK_URL')
