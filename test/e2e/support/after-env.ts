// Runs in every spec file: a picture of each open page when a test ends (what a failure looked like:
// artifacts/ended-<test>-<n>.png, replaced by the next run), and the file's browser closed at the end.
import path from 'node:path'
import { ARTIFACTS_DIR, closeBrowser, openPages } from './browser'

afterEach(async () => {
  const name = (expect.getState().currentTestName ?? 'test').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)
  await Promise.all(
    openPages().map((page, i) =>
      page.screenshot({ path: path.join(ARTIFACTS_DIR, `ended-${name}-${i}.png`) }).catch(() => undefined),
    ),
  )
})

afterAll(closeBrowser)
