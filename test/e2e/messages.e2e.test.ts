// The message centre: a booking made elsewhere arrives as an unread message; opening it marks it read and
// leads to the booking.
import type { Booking } from '@/contract/bookings'
import type { Slot } from '@/contract/branches'
import { bankUser } from './support/bank-api'
import { checkA11y, newPhonePage } from './support/browser'
import { acceptPrivacyBeforehand, button, logInOnLoginPage, tab, text } from './support/ui'

const phone = '13900000044'

test('an unread booking message is counted on 我的, opens the booking, and can all be marked read', async () => {
  const page = await newPhonePage()
  await acceptPrivacyBeforehand(page)
  await page.goto('/')
  await button(page, '登录 / 注册').tap()
  await logInOnLoginPage(page, phone)
  await text(page, /您好/).waitFor()

  // The same customer books at the counter's website on another device.
  const other = await bankUser(phone)
  const days = await other.get<{ days: { date: string }[] }>(
    '/branches/br_zhaoyang/days?serviceId=account-opening',
  )
  let slot: Slot | undefined
  for (const day of days.body.days) {
    const slots = await other.get<{ slots: Slot[] }>(
      `/branches/br_zhaoyang/slots?serviceId=account-opening&date=${day.date}`,
    )
    slot = slots.body.slots.find((s) => s.status === 'available')
    if (slot) break
  }
  const booked = await other.post<Booking>('/bookings', {
    branchId: 'br_zhaoyang',
    serviceId: 'account-opening',
    slotStart: slot?.start,
  })
  expect(booked.status).toBe(201)

  await tab(page, '我的').click()
  await text(page, /\d+ 条未读/).waitFor()
  await page.locator('.nut-cell').filter({ hasText: '消息中心', visible: true }).click()
  await text(page, '预约成功').waitFor()
  await checkA11y(page, 'message centre')
  await page
    .locator('.cc-messages__item')
    .filter({ hasText: '预约成功', visible: true })
    .filter({ hasText: booked.body.number })
    .click()
  await text(page, `预约号 ${booked.body.number}`).waitFor()
  // The title bar's back arrow (Taro's navigateBack).
  await page.locator('.taro-navigation-bar-back').click()
  await text(page, '消息中心').waitFor()
  // The opened message is read now; whatever else is unread (a reminder when the slot is near) can be
  // cleared at once.
  const opened = page
    .locator('.cc-messages__item')
    .filter({ hasText: '预约成功', visible: true })
    .filter({ hasText: booked.body.number })
  await opened.locator('.nut-badge').waitFor({ state: 'detached' })
  const readAll = page.locator('.cc-messages__bar taro-button-core').filter({ visible: true })
  if ((await readAll.count()) > 0) {
    await readAll.first().tap()
    await readAll.first().waitFor({ state: 'hidden' })
  }
  await text(page, '全部已读').waitFor()
  expect(await page.locator('.cc-messages__item .nut-badge').filter({ visible: true }).count()).toBe(0)
})
