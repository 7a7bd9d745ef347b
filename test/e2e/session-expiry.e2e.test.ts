// A session that expires while the user is typing: the login page opens over the form, and after
// logging in again the user is back on the form and what they typed is what the bank receives;
// unless someone else logs in, who then starts afresh and never sees the first person's input.
import type { Me } from '@/contract/me'
import { makeIdNumber } from '@/utils/id-number'
import { bankUser } from './support/bank-api'
import { checkA11y, newPhonePage, screenshot } from './support/browser'
import { advanceMockClock, expireMockSessions } from './support/mock-process'
import { mockUrl } from './support/servers'
import { acceptPrivacy, button, logInOnLoginPage, openAt, tab, tap, text } from './support/ui'

const phone = '13900000003' // registered, not yet real-name verified (seed)
const otherPhone = '13900000077' // not registered: the login registers a new customer

test('after a 401 mid-form the user logs in again and the typed real-name data is submitted', async () => {
  const page = await newPhonePage()
  await page.goto('/')
  await acceptPrivacy(page)
  await tap(button(page, '登录 / 注册'))
  await logInOnLoginPage(page, phone)
  await text(page, '尚未实名认证，完成认证后可查看预授信额度 ›').tap()

  await text(page, '提交认证').waitFor()
  await checkA11y(page, 'real-name form')
  // Instant feedback first: a wrong check digit is refused at the field, and the text stays.
  const validId = makeIdNumber('321281', '19700315', '123')
  const wrongDigit = validId.slice(0, 17) + (validId[17] === '0' ? '1' : '0')
  await page.locator('input[name=name]').fill('钱示例')
  await page.locator('input[name=idNumber]').fill(wrongDigit)
  await tap(button(page, '提交认证'))
  await text(page, '身份证号校验位不正确').waitFor()
  expect(await page.locator('input[name=idNumber]').inputValue()).toBe(wrongDigit)

  await page.locator('input[name=idNumber]').fill(validId)
  await expireMockSessions(mockUrl(), phone)
  // A new code may only be texted 60 s after the last one: let that time pass on the bank's clock.
  await advanceMockClock(mockUrl(), 61)
  await tap(button(page, '提交认证'))

  // The login page opens on top, says why, and logging in repeats the waiting request.
  await text(page, '登录已过期，请重新登录。登录后将回到刚才的页面继续。').waitFor()
  await screenshot(page, 'relogin-notice')
  await logInOnLoginPage(page, phone)
  await text(page, '实名认证成功').waitFor()

  await tab(page, '我的')
    .click()
    .catch(() => undefined)
  await text(page, '已认证 钱*例').waitFor()
  expect(await page.locator('body').innerText()).not.toContain(validId)
})

test('leaving the login page without logging in keeps the form and tells the user', async () => {
  const page = await newPhonePage()
  await page.goto('/')
  await acceptPrivacy(page)
  await tap(button(page, '登录 / 注册'))
  await logInOnLoginPage(page, otherPhone)
  await text(page, /您好/).waitFor()
  await openAt(page, '/#/packages/auth/real-name/index')
  await text(page, '提交认证').waitFor()
  await page.locator('input[name=name]').fill('孙示例')
  await expireMockSessions(mockUrl(), otherPhone)
  await page.locator('input[name=idNumber]').fill(makeIdNumber('321281', '19800101', '456'))
  await tap(button(page, '提交认证'))
  await text(page, '登录已过期，请重新登录。登录后将回到刚才的页面继续。').waitFor()
  await page.goBack()
  await text(page, '登录已过期，请重新登录').waitFor()
  expect(await page.locator('input[name=name]').inputValue()).toBe('孙示例')
})

test('when someone else logs in instead, the first person’s page, input and request are dropped', async () => {
  const first = '13900000078'
  const second = '13900000079'
  const page = await newPhonePage()
  await page.goto('/')
  await acceptPrivacy(page)
  await tap(button(page, '登录 / 注册'))
  await logInOnLoginPage(page, first)
  await text(page, /您好/).waitFor()
  await openAt(page, '/#/packages/auth/real-name/index')
  await text(page, '提交认证').waitFor()
  const idNumber = makeIdNumber('321281', '19820202', '789')
  await page.locator('input[name=name]').fill('周示例')
  await page.locator('input[name=idNumber]').fill(idNumber)
  await expireMockSessions(mockUrl(), first)
  await tap(button(page, '提交认证'))
  await text(page, '登录已过期，请重新登录。登录后将回到刚才的页面继续。').waitFor()

  // A family member picks the phone up and logs in with their own number.
  await logInOnLoginPage(page, second)
  await text(page, /您好/).waitFor()
  expect(page.url()).toContain('pages/home/index')
  expect(await page.locator('body').innerText()).not.toContain('周示例')
  await page.goBack().catch(() => undefined)
  expect(await page.locator('body').innerText()).not.toContain('周示例')
  // Nothing was bound to either account.
  for (const phone of [first, second]) {
    const me = await (await bankUser(phone)).get<Me>('/me')
    expect([phone, me.body.realNameVerified]).toEqual([phone, false])
  }
})
