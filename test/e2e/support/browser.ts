// Debian Chromium through playwright-core: one browser per test file, one fresh phone context per page.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { fromAddress, phoneAddress } from './phone-address'

/** Where screenshots go (gitignored). */
export const ARTIFACTS_DIR = path.resolve(__dirname, '../artifacts')
/** The Chromium binary: $CHROMIUM_PATH or Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
/** Launch flags that work on our CI machines (see shared TOOLCHAIN.md, "Browser tests"). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A phone: iPhone X-sized, touch, Chinese locale. Taro's submit buttons need touch. */
export const PHONE_CONTEXT = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
} as const

let browser: Promise<Browser> | null = null
const contexts = new Set<BrowserContext>()

/** The shared browser (launched on first use; playwright gives it a fresh temp profile). */
export function getBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS })
  return browser
}

/**
 * A page in a new, isolated phone context (own cookies, storage and address), with `baseURL` =
 * $E2E_BASE_URL; in the shared browser unless another is given (one with a fake camera, say).
 */
export async function newPhonePage(on?: Browser): Promise<Page> {
  const context = await (on ?? (await getBrowser())).newContext({
    ...PHONE_CONTEXT,
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: fromAddress(phoneAddress()),
  })
  contexts.add(context)
  context.once('close', () => contexts.delete(context))
  return context.newPage()
}

/** Every page still open, for the screenshot of how a test ended. */
export function openPages(): Page[] {
  return [...contexts].flatMap((context) => context.pages())
}

/** Closes every context and the browser; safe to call twice. */
export async function closeBrowser(): Promise<void> {
  const pending = browser
  browser = null
  if (!pending) return
  await Promise.all([...contexts].map((context) => context.close().catch(() => undefined)))
  await (await pending).close()
}

/** Runs axe on the page and throws listing every serious or critical violation. */
export async function checkA11y(
  page: Page,
  label: string,
  options: { exclude?: string[]; disableRules?: string[] } = {},
): Promise<void> {
  // Taro's H5 buttons are custom elements that take no keyboard focus, so a page whose only controls are
  // buttons counts as an unfocusable scrollable region. That is Taro's, not one page's; it is recorded in
  // the README and left out here so the check still catches everything else.
  let builder = new AxeBuilder({ page }).disableRules(['scrollable-region-focusable'])
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector)
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules)
  const { violations } = await builder.analyze()
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  if (!serious.length) return
  const lines = serious.map(
    (v) =>
      `- [${v.impact}] ${v.id}: ${v.help}\n    targets: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}\n    ${v.helpUrl}`,
  )
  throw new Error(
    `Accessibility (${label}): ${serious.length} serious/critical violation(s)\n${lines.join('\n')}`,
  )
}

/** Saves a full-page PNG as test/e2e/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}
