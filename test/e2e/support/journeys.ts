// Steps many journeys start with, taken the way a person takes them.
import type { Page } from 'playwright-core'
import { newPhonePage } from './browser'
import { acceptPrivacy, button, logInOnLoginPage, tap, text } from './ui'

/**
 * The app opened on a phone (a new one unless given), the privacy notice answered and `phone` logged
 * in by SMS code: the home page greets them.
 */
export async function phoneLoggedIn(phone: string, page?: Page): Promise<Page> {
  const p = page ?? (await newPhonePage())
  await p.goto('/')
  await acceptPrivacy(p)
  await tap(button(p, '登录 / 注册'))
  await logInOnLoginPage(p, phone)
  await text(p, /您好/).waitFor()
  return p
}
