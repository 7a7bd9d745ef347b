// First launch as a whitelisted villager would meet it: privacy notice, SMS login, the masked name and
// pre-approved limit on the home page, elder mode, logout. Every page visited is checked with axe.
import { checkA11y, newPhonePage, screenshot } from './support/browser'
import { button, currentPage, logInOnLoginPage, modalButton, tab, tap, text } from './support/ui'

const phone = '13900000001'

/** Whether the page on screen (its main landmark) sets its text at least `px` big. */
function pageTextAtLeast(px: number): boolean {
  return [...document.querySelectorAll('[role="main"]')].some(
    (main) => main.checkVisibility() && parseFloat(getComputedStyle(main).fontSize) >= px,
  )
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
  await tap(button(page, '同意并继续'))
  await text(page, '个人信息保护提示').waitFor({ state: 'hidden' })

  await tap(button(page, '登录 / 注册'))
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
  // The switch, not the text 长辈模式: the home page has a 长辈模式 shortcut too, on screen until the tab changes.
  const elderSwitch = page.getByRole('checkbox', { name: '长辈模式' })
  await elderSwitch.waitFor()
  const bodyFontSize = () => currentPage(page).evaluate((main) => parseFloat(getComputedStyle(main).fontSize))
  expect(await bodyFontSize()).toBeLessThan(18)
  await elderSwitch.tap()
  await page.waitForFunction(pageTextAtLeast, 18)
  expect(await bodyFontSize()).toBeGreaterThanOrEqual(18)
  await checkA11y(page, 'me in elder mode')
  await screenshot(page, 'me-elder')
  await page.reload()
  await text(page, '退出登录').waitFor()
  expect(await bodyFontSize()).toBeGreaterThanOrEqual(18)

  // Logout asks first, then the app is anonymous again.
  await tap(button(page, '退出登录'))
  await modalButton(page, '退出').click()
  await button(page, '登录 / 注册').waitFor()
  await tab(page, '首页').click()
  await text(page, '您好，欢迎使用云柜台').waitFor()
  expect(await page.locator('body').innerText()).not.toContain('王*国')
})

test('agreeing on the full policy page answers the notice: back home it is gone, and login does not ask again', async () => {
  const page = await newPhonePage()
  await page.goto('/')
  await text(page, '个人信息保护提示').waitFor()
  await text(page, '阅读完整的《云柜台隐私政策》').click()
  await tap(button(page, '同意本政策'))
  await text(page, /您已同意/).waitFor()
  await page.goBack()
  await text(page, /阳光e贷/).waitFor()
  expect(await text(page, '个人信息保护提示').isVisible()).toBe(false)
  await tap(button(page, '登录 / 注册'))
  await logInOnLoginPage(page, '13900000005')
  await text(page, /您好/).waitFor()
})
