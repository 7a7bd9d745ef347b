// How a person meets the H5 app: buttons by their label, tabs by name, the SMS code from the outbox.
import type { Page } from 'playwright-core'
import { PRIVACY_VERSION } from '@/contract/constants'
import { readSmsCode } from './mock-process'
import { mockUrl } from './servers'

/** A Taro/NutUI button by its visible label (tap the control, not its inner text). */
export function button(page: Page, label: string | RegExp) {
  return page.locator('taro-button-core').filter({ hasText: label, visible: true }).first()
}

/** A tab of the H5 tab bar. */
export function tab(page: Page, label: string) {
  return page.locator('.weui-tabbar__item').filter({ hasText: label }).first()
}

/** Visible text on the current page. */
export function text(page: Page, value: string | RegExp) {
  return page.getByText(value).filter({ visible: true }).first()
}

/** Lets the app start as if the privacy notice had been accepted on this device before. */
export async function acceptPrivacyBeforehand(page: Page): Promise<void> {
  await page.addInitScript((version) => {
    // Taro's H5 storage wraps each value as {"data": <string>}; the app stores JSON strings in it.
    window.localStorage.setItem(
      'cc.privacy.acceptedVersion',
      JSON.stringify({ data: JSON.stringify(version) }),
    )
  }, PRIVACY_VERSION)
}

/** On the login page: asks for a code, reads it from the mock's outbox and logs in. */
export async function logInOnLoginPage(page: Page, phone: string): Promise<void> {
  await page.locator('input[name=phone]').fill(phone)
  await button(page, '获取验证码').tap()
  await text(page, /验证码已发送至/).waitFor()
  await page.locator('input[name=code]').fill(await readSmsCode(mockUrl(), phone))
  await button(page, /^(登录|绑定手机号并登录)$/).tap()
}
