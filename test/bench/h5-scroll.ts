// Scrolling the 优惠 list through the large sample (1,000 batches, 20 a page) in Chromium: how long it
// takes to reach the end, and how much the main thread blocks on the way (long tasks over 50 ms).
import { newPhonePage } from '../e2e/support/browser'

/** What one scroll to the end of the list cost. */
export interface ScrollRun {
  cards: number
  ms: number
  longTasks: number
  longestMs: number
  /** Sum of each long task's time over 50 ms: what a tap might have waited. */
  blockingMs: number
  domNodes: number
}

/** Opens the 优惠 tab on a fresh phone page and scrolls until the list says 没有更多了 (or 120 tries). */
export async function measureCouponScroll(baseUrl: string): Promise<ScrollRun> {
  const page = await newPhonePage()
  try {
    await page.addInitScript(() => {
      const seen: number[] = []
      ;(window as unknown as { __longTasks: number[] }).__longTasks = seen
      new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.duration))).observe({
        type: 'longtask',
        buffered: true,
      })
    })
    // Through the home page, as a first visit goes: the privacy notice is answered there.
    await page.goto(`${baseUrl}/`)
    await page.locator('#privacy-agree').click()
    await page.getByText('优惠', { exact: true }).last().click()
    const cards = page.locator('.cc-batch')
    await cards.first().waitFor()
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0))
    const started = Date.now()
    const end = page.getByText('没有更多了')
    // The wheel scrolls what lies under the pointer: the middle of the list, not the title bar.
    await page.mouse.move(187, 400)
    for (let i = 0; i < 120 && !(await end.isVisible()); i += 1) {
      await page.mouse.wheel(0, 5000)
      await page.waitForTimeout(150)
    }
    const ms = Date.now() - started
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)
    return {
      cards: await cards.count(),
      ms,
      longTasks: longTasks.length,
      longestMs: Math.round(Math.max(0, ...longTasks)),
      blockingMs: Math.round(longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
      domNodes: await page.evaluate(() => document.getElementsByTagName('*').length),
    }
  } finally {
    await page.context().close()
  }
}

/** One line of the bench report. */
export const scrollLine = (run: ScrollRun) =>
  `Scrolling 优惠 to its end (large sample): ${run.cards} batches in ${(run.ms / 1000).toFixed(1)} s, ` +
  `${run.longTasks} long tasks (longest ${run.longestMs} ms, ${run.blockingMs} ms blocking), ` +
  `${run.domNodes} DOM nodes at the end.`
