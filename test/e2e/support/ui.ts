// How a person meets the H5 app: by what is on screen (text, roles and their names, tabs), never by the
// markup, classes or storage of Taro or NutUI, which change between their versions.
import type { Locator, Page } from 'playwright-core'
import { readSmsCode, waitOutLoginCodeWindow } from './mock-process'
import { mockUrl } from './servers'

/**
 * The page on screen: its main landmark (PageShell), without the title bar and the tab bar. Taro's H5
 * router keeps the pages below it in the stack hidden, and role queries skip hidden elements.
 */
export function currentPage(page: Page): Locator {
  // Tab pages stay mounted in the order first opened, so the last landmark is not always the one on
  // screen: only a visible one is.
  return page.getByRole('main').filter({ visible: true }).last()
}

/** What on the page on screen reads exactly `label` (a string), or matches it (a RegExp). */
function labelled(page: Page, label: string | RegExp): Locator {
  const found =
    typeof label === 'string'
      ? currentPage(page).getByText(label, { exact: true })
      : currentPage(page).getByText(label)
  return found.filter({ visible: true })
}

/**
 * A button's label, on the page on screen (so never the title bar's title): Taro's H5 buttons have no
 * role, so what they read is the handle. Wait for it, read it, or `tap()` it (below). The first match
 * is taken; `{ last: true }` takes the last, for a button below a heading that reads the same.
 */
export function button(page: Page, label: string | RegExp, { last = false } = {}): Locator {
  const found = labelled(page, label)
  return last ? found.last() : found.first()
}

/** A row of a list (消息中心, 我的贷款, an authorisation…) by its title: `tap()` it to open the row. */
export function row(page: Page, title: string | RegExp): Locator {
  return labelled(page, title).first()
}

/**
 * Taps a control where its label is, as a finger does. NutUI's buttons and clickable list rows lay a
 * layer over their label (and Taro's buttons have no role to tell Playwright that the label belongs to
 * them), so the touch lands on the element around the label: that one, found under the label's centre,
 * is tapped, with Playwright's checks (visible, stable, not covered). While something else (a toast)
 * lies over the label, it waits.
 */
export async function tap(label: Locator, { timeout = 30_000 } = {}): Promise<void> {
  const deadline = Date.now() + timeout
  const left = () => Math.max(1, deadline - Date.now())
  for (;;) {
    await label.scrollIntoViewIfNeeded({ timeout: left() })
    const handle = await label.evaluateHandle((el) => {
      const box = el.getBoundingClientRect()
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      if (hit && el.contains(hit)) return el
      return hit?.contains(el) ? hit : null
    })
    const control = handle.asElement()
    try {
      if (control) return await control.tap({ timeout: left() })
    } finally {
      await handle.dispose()
    }
    if (Date.now() >= deadline) throw new Error(`tap: ${label} stayed covered for ${timeout} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * A tab of the tab bar: a link holding its label. Matched by the label's own text, not the link's whole
 * name, because an unread badge ("2") joins the name.
 */
export function tab(page: Page, label: string): Locator {
  return page.getByRole('link').filter({ has: page.getByText(label, { exact: true }) })
}

/** Visible text anywhere on screen (the title bar, toasts and dialogs included). */
export function text(page: Page, value: string | RegExp): Locator {
  return page.getByText(value).filter({ visible: true }).first()
}

/**
 * A button of a dialog that Taro's `showModal` opened, by its label. That dialog has no role; it lies
 * over the page at the end of the document, so the last match is its own (its title may read the same).
 */
export function modalButton(page: Page, label: string): Locator {
  return page.getByText(label, { exact: true }).filter({ visible: true }).last()
}

/** First launch, on the home page: the privacy notice appears and the user taps 同意并继续. */
export async function acceptPrivacy(page: Page): Promise<void> {
  await text(page, '个人信息保护提示').waitFor()
  await tap(button(page, '同意并继续'))
  await text(page, '个人信息保护提示').waitFor({ state: 'hidden' })
}

/**
 * On the login page: asks for a code, reads it from the mock's outbox and logs in. Test files share one
 * bank: when another file texted this number within the minute, the bank's clock moves past it.
 */
export async function logInOnLoginPage(page: Page, phone: string): Promise<void> {
  await page.locator('input[name=phone]').fill(phone)
  await waitOutLoginCodeWindow(mockUrl(), phone)
  await tap(button(page, '获取验证码'))
  await text(page, /验证码已发送至/).waitFor()
  await page.locator('input[name=code]').fill(await readSmsCode(mockUrl(), phone))
  await tap(button(page, /^(登录|绑定手机号并登录)$/))
}

/**
 * Opens an app route as a link from outside does: a fresh load of it. A hash change from a tab page
 * sometimes leaves Taro's H5 router showing the tab page under the new page's title, so a test that
 * jumps by address starts the app afresh at the route instead.
 */
export async function openAt(page: Page, route: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(route)
}
