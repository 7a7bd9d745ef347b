// Layout checks that hold on every page: no text cut off, spilling out of its box or off the screen, and
// text big enough. They scan every visible element that holds text of its own, whatever its markup,
// and describe each offender so that a failure says what went wrong where.
import type { Locator, Page } from 'playwright-core'
import { screenshot } from './browser'

/** A visible element holding text of its own, as laid out on screen. */
interface TextBox {
  /** e.g. `div.taro-navigation-bar-title "贷款计算器"` */
  what: string
  fontSize: number
  /** What is wrong with its text's layout; empty when nothing is. */
  problems: string[]
}

/** Every visible element with a direct text node, and what is wrong with how its text is laid out. */
function textBoxes(page: Page): Promise<TextBox[]> {
  return page.evaluate(() => {
    const viewportWidth = document.documentElement.clientWidth
    const clips = (overflow: string) => overflow === 'hidden' || overflow === 'clip'
    const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll'
    const name = (el: Element) => {
      const classes = typeof el.className === 'string' ? el.className.trim().split(/\s+/) : []
      return el.tagName.toLowerCase() + (classes[0] ? `.${classes.slice(0, 2).join('.')}` : '')
    }
    const hiddenOnPurpose = (el: Element) => {
      for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
        const frame = at.getBoundingClientRect()
        if ((frame.width <= 1 || frame.height <= 1) && clips(getComputedStyle(at).overflowX)) return true
      }
      return false
    }
    /** What the element moves with: the nearest fixed or sticky bar, or scrolling frame, around it. */
    const layer = (el: Element): Element | null => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up)
        if (/fixed|sticky/.test(style.position) || scrolls(style.overflowX) || scrolls(style.overflowY))
          return up
      }
      return null
    }
    /** A text box, with where its lines are drawn and whether it flows inline with what is around it. */
    const found: (TextBox & { el: Element; lines: DOMRect[]; block: boolean; layer: Element | null })[] = []
    for (const el of document.body.querySelectorAll('*')) {
      if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) continue
      const own = [...el.childNodes].filter(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      )
      if (!own.length) continue
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
      // Visually hidden on purpose (read by screen readers only): in a clipped box of 1 px or less.
      if (hiddenOnPurpose(el)) continue
      const box = el.getBoundingClientRect()
      const style = getComputedStyle(el)
      const fontSize = parseFloat(style.fontSize)
      const text = own
        .map((node) => node.textContent ?? '')
        .join('')
        .trim()
        .replace(/\s+/g, ' ')
      const what = `${name(el)} "${text.length > 24 ? `${text.slice(0, 24)}…` : text}"`
      // Where the text itself is drawn: its own text nodes' line boxes, and their union.
      const lines = own.flatMap((node) => {
        const range = document.createRange()
        range.selectNodeContents(node)
        return [...range.getClientRects()].filter((r) => r.width > 0)
      })
      if (!lines.length) continue
      const ink = {
        left: Math.min(...lines.map((r) => r.left)),
        right: Math.max(...lines.map((r) => r.right)),
        top: Math.min(...lines.map((r) => r.top)),
        bottom: Math.max(...lines.map((r) => r.bottom)),
      }
      const problems: string[] = []
      const block = style.display !== 'inline' && style.display !== 'contents'
      if (block) {
        // Cut by its own box: an ellipsis, or overflow hidden.
        if (
          (style.textOverflow === 'ellipsis' || clips(style.overflowX)) &&
          el.scrollWidth > el.clientWidth + 1
        )
          problems.push(`cut off: ${el.scrollWidth}px of text in a ${el.clientWidth}px box`)
        else if (ink.right > box.right + 1 || ink.left < box.left - 1)
          // Spilling out of its box sideways, over its neighbours.
          problems.push(
            `spills out of its box: text ${Math.round(ink.right - ink.left)}px wide, box ${Math.round(box.width)}px`,
          )
        if (clips(style.overflowY) && el.scrollHeight > el.clientHeight + fontSize / 2)
          problems.push(`cut off below: ${el.scrollHeight}px of text in a ${el.clientHeight}px box`)
      }
      // A label or a value on its own broken over lines: "预约办/理", "26-/12-29" (sentences may wrap).
      const label = /[\u3400-\u9fff]/.test(text) ? text.length <= 6 : text.length <= 24
      if (block && label && !/\s/.test(text)) {
        const tops = lines.map((r) => r.top)
        const distinct = tops.filter(
          (top, i) => !tops.slice(0, i).some((other) => Math.abs(other - top) <= 2),
        )
        if (distinct.length > 1) problems.push(`broken over ${distinct.length} lines`)
      }
      // Cut by an element around it, short of one that scrolls to it (the page, a row of dates).
      let scrollsX = false
      let scrollsY = false
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const around = getComputedStyle(up)
        const frame = up.getBoundingClientRect()
        const sideways =
          !scrollsX && clips(around.overflowX) && (ink.right > frame.right + 1 || ink.left < frame.left - 1)
        const below =
          !scrollsY &&
          clips(around.overflowY) &&
          (ink.bottom > frame.bottom + fontSize / 2 || ink.top < frame.top - fontSize / 2)
        if (sideways || below) {
          problems.push(`cut off by ${name(up)} (${Math.round(frame.width)}×${Math.round(frame.height)}px)`)
          break
        }
        scrollsX ||= scrolls(around.overflowX) && up.scrollWidth > up.clientWidth + 1
        scrollsY ||= scrolls(around.overflowY) && up.scrollHeight > up.clientHeight + 1
      }
      // Off the screen, where nothing scrolls to it.
      if (!scrollsX && (ink.right > viewportWidth + 1 || ink.left < -1))
        problems.push(
          `runs off the screen: text from ${Math.round(ink.left)} to ${Math.round(ink.right)}px, screen ${viewportWidth}px`,
        )
      found.push({ el, what, fontSize, problems, lines, block, layer: layer(el) })
    }
    // Text of two separate boxes on one line with (almost) nothing between them reads as one: columns
    // that run together ("4,256.354,091.77"). Only boxes that move together: the page scrolls under
    // the title bar and the tab bar.
    const blocks = found.filter((box) => box.block)
    for (const [i, a] of blocks.entries()) {
      for (const b of blocks.slice(i + 1)) {
        if (a.layer !== b.layer || a.el.contains(b.el) || b.el.contains(a.el)) continue
        const touching = a.lines.some((p) =>
          b.lines.some((q) => {
            const sameLine =
              Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > Math.min(p.height, q.height) / 2
            const gap = Math.max(p.left, q.left) - Math.min(p.right, q.right)
            return sameLine && gap < 3
          }),
        )
        if (touching) a.problems.push(`runs into ${b.what}`)
      }
    }
    return found.map(({ what, fontSize, problems }) => ({ what, fontSize, problems }))
  })
}

/**
 * Every visible piece of text on screen (the title bar and tab bar included) that is cut off (an
 * ellipsis, overflow hidden), spills out of its box, runs into the text beside it or off the screen,
 * or is broken mid-word (a label of up to 6 characters, or a number, on its own over two lines):
 * one line each, saying which element, its text and what is wrong. Empty when the page is clean.
 */
export async function overflowingText(page: Page): Promise<string[]> {
  return (await textBoxes(page)).flatMap((box) => box.problems.map((problem) => `${box.what}: ${problem}`))
}

/** Every visible piece of text on screen set smaller than `px`, with its size. */
export async function textSmallerThan(page: Page, px: number): Promise<string[]> {
  return (await textBoxes(page))
    .filter((box) => box.fontSize < px - 0.01)
    .map((box) => `${box.what}: ${box.fontSize}px`)
}

/**
 * How many lines the text in `label` takes on screen (a label broken mid-word takes two). Lines are
 * told apart by where they start vertically.
 */
export function renderedLines(label: Locator): Promise<number> {
  return label.evaluate((el) => {
    const tops: number[] = []
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.textContent ?? '').trim()) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const rect of range.getClientRects()) {
        if (rect.width > 0 && !tops.some((top) => Math.abs(top - rect.top) < rect.height / 2))
          tops.push(rect.top)
      }
    }
    return tops.length
  })
}

/** Waits two frames, for the layout to settle (after a resize, say). */
export function nextFrames(page: Page): Promise<unknown> {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
}

/**
 * Saves the whole page as test/e2e/artifacts/<name>.png: Taro's H5 pages scroll inside their own frame,
 * which a full-page screenshot does not unroll, so the viewport grows to the page's height meanwhile.
 */
export async function screenshotWholePage(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 375, height: 812 }
  const height = await page.evaluate(() => {
    let tallest = document.documentElement.scrollHeight
    for (const el of document.body.querySelectorAll('*')) {
      const overflowY = getComputedStyle(el).overflowY
      if (
        (overflowY === 'auto' || overflowY === 'scroll') &&
        el.scrollHeight > el.clientHeight &&
        el.checkVisibility()
      )
        tallest = Math.max(tallest, window.innerHeight + el.scrollHeight - el.clientHeight)
    }
    return tallest
  })
  await page.setViewportSize({
    width: viewport.width,
    height: Math.min(Math.max(height, viewport.height), 8000),
  })
  // From the top, wherever a tap scrolled the page to.
  await page.evaluate(() => {
    for (const el of document.body.querySelectorAll('*')) if (el.scrollTop) el.scrollTop = 0
  })
  await nextFrames(page)
  await screenshot(page, name)
  await page.setViewportSize(viewport)
  await nextFrames(page)
}
