// Merchant coupons as a customer meets them: the 优惠 tab filtered by category, a batch claimed (the
// button turns 已领取), the coupon in 我的券; a sold-out batch cannot be claimed; distance asked for
// without location permission falls back to the newest with a line saying why.
import { checkA11y, newPhonePage } from './support/browser'
import {
  acceptPrivacy,
  button,
  currentPage,
  logInOnLoginPage,
  openAt,
  row,
  tab,
  tap,
  text,
} from './support/ui'
import { phoneLoggedIn } from './support/journeys'

const phone = '13900000461' // a new customer of this file alone

/** The claim button of the batch page, by what it says. */
const claimButton = (page: Parameters<typeof currentPage>[0], label: string) =>
  currentPage(page).getByRole('button', { name: label, exact: true })

test('a customer filters 优惠, claims a batch, finds it in 我的券; a sold-out batch cannot be claimed', async () => {
  const page = await phoneLoggedIn(phone)

  await tab(page, '优惠').click()
  await text(page, '满100减20').waitFor()
  await checkA11y(page, 'coupon list')

  // 餐饮 leaves only the fish restaurant's batch; 超市 brings the supermarket's back.
  await tap(button(page, '餐饮'))
  await text(page, '满200减30').waitFor()
  await text(page, '满100减20').waitFor({ state: 'hidden' })
  expect(await currentPage(page).getByRole('button', { name: '餐饮', pressed: true }).count()).toBe(1)
  await tap(button(page, '超市'))
  await text(page, '满100减20').waitFor()
  await text(page, '满200减30').waitFor({ state: 'hidden' })

  // 距离最近 asks for the position; this browser gives none, so the list stays newest first and says why.
  await tap(button(page, '距离最近'))
  await text(page, /无法按距离排序，已按最新排列/).waitFor()
  expect(await currentPage(page).getByRole('button', { name: '最新', pressed: true }).count()).toBe(1)

  await tap(currentPage(page).getByRole('button', { name: /^满100减20，戴南好邻居超市/ }))
  await text(page, '使用规则').waitFor()
  await text(page, '营业时间：每天 07:00–21:30').waitFor()
  await checkA11y(page, 'coupon batch')
  await tap(button(page, '立即领取'))
  await claimButton(page, '已领取').waitFor()
  await expect(claimButton(page, '已领取').getAttribute('aria-disabled')).resolves.toBe('true')
  await text(page, '每人限领1张，您已领1张').waitFor()

  // 我的券, from 我的: the coupon is there, counted once. (Back to the tab first, as the title bar's
  // arrow takes it: the tab bar shows on tab pages only.)
  await page.goBack()
  await tab(page, '我的').click()
  // The tab page mounts a moment after the tap; until then 优惠's own 我的券 link is on screen.
  await text(page, '退出登录').waitFor()
  await tap(row(page, '我的券'))
  await currentPage(page).getByRole('tab', { name: '可使用 1' }).waitFor()
  await text(page, '满100减20').waitFor()
  await text(page, '戴南好邻居超市（示例）').waitFor()
  await checkA11y(page, 'my coupons')
  await tap(currentPage(page).getByRole('tab', { name: '已使用 0' }))
  await text(page, '暂无已使用的券').waitFor()

  // The convenience store's batch is sold out: the button says so and cannot be tapped.
  await openAt(page, '/#/packages/coupon/batch/index?id=cb_zhaoyang_30_5')
  await claimButton(page, '已抢光').waitFor()
  await expect(claimButton(page, '已抢光').getAttribute('aria-disabled')).resolves.toBe('true')
  await text(page, '剩余0张（共20张）').waitFor()
})

test('a visitor taps 立即领取, logs in, and is back with the coupon claimed', async () => {
  const page = await newPhonePage()
  await page.goto('/')
  await acceptPrivacy(page)
  await openAt(page, '/#/packages/coupon/batch/index?id=cb_dainan_penny_eggs')
  await tap(button(page, '立即领取'))
  await logInOnLoginPage(page, '13900000462')
  await claimButton(page, '已领取').waitFor()
  await text(page, '每人限领1张，您已领1张').waitFor()
})
