// First launch as a whitelisted villager would meet it: privacy notice, SMS login, the masked name and
// pre-approved limit on the home page, elder mode, logout. Every page visited is checked with axe.
import { checkA11y, newPhonePage, screenshot } from './support/browser'
import { button, logInOnLoginPage, tab, text } from './support/ui'

const phone = '13900000001'

/** Font size of the page on screen (Taro H5 keeps hidden pages of the stack in the DOM). */
function visiblePageFontSize(): number {
  const pages = [...document.querySelectorAll('.cc-page')].filter(
    (el) => (el as HTMLElement).offsetParent !== null,
  )
  return parseFloat(getComputedStyle(pages[0]).fontSize)
}

test('first launch → privacy → SMS login → masked name and limit → elder mode → logout', async () => {
  const page = await newPhonePage()
  await page.goto('/')

  // Nothing personal is asked for before the notice is answered.
  await text(page, '个人信息保护提示').waitFor()
  await checkA11y(page, 'home with privacy notice')
  await text(page, '阅读完整的《云柜台隐私政策》').click()
  await text(page, '一、我们收集哪些信息').waitFor()
  await checkA11y(page, 'privacy policy')
  await page.goBack()
  await button(page, '同意并继续').tap()
  await text(page, '个人信息保护提示').waitFor({ state: 'hidden' })

  await button(page, '登录 / 注册').tap()
  await text(page, '登录云柜台').waitFor()
  await checkA11y(page, 'login')
  await logInOnLoginPage(page, phone)

  // Home: masked name, the limit with its APR, and never the full phone number.
  await text(page, '您好，王*国').waitFor()
  await text(page, '50,000.00').waitFor()
  await text(page, '年化利率（单利）3.95%–6.50%').waitFor()
  expect(await page.locator('body').innerText()).not.toContain(phone)
  await screenshot(page, 'home-logged-in')
  await checkA11y(page, 'home logged in')

  // Elder mode: every page's text grows to at least 18px, and it survives a reload.
  await tab(page, '我的').click()
  await text(page, '长辈模式').waitFor()
  const bodyFontSize = () => page.evaluate(visiblePageFontSize)
  expect(await bodyFontSize()).toBeLessThan(18)
  await page
    .getByRole('checkbox', { name: '长辈模式' })
    .or(page.locator('taro-switch-core'))
    .filter({ visible: true })
    .first()
    .tap()
  await page.waitForFunction(visiblePageFontSize).catch(() => undefined)
  expect(await bodyFontSize()).toBeGreaterThanOrEqual(18)
  await checkA11y(page, 'me in elder mode')
  await screenshot(page, 'me-elder')
  await page.reload()
  await text(page, '退出登录').waitFor()
  expect(await bodyFontSize()).toBeGreaterThanOrEqual(18)

  // Logout asks first, then the app is anonymous again.
  await button(page, '退出登录').tap()
  await page.locator('.taro__modal').getByText('退出', { exact: true }).click()
  await button(page, '登录 / 注册').waitFor()
  await tab(page, '首页').click()
  await text(page, '您好，欢迎使用云柜台').waitFor()
  expect(await page.locator('body').innerText()).not.toContain('王*国')
})
