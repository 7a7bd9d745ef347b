// The message centre: a booking made elsewhere arrives as an unread message; opening it marks it read and
// leads to the booking.
import type { Booking } from '@/contract/bookings'
import type { Slot } from '@/contract/branches'
import { bankUser } from './support/bank-api'
import { checkA11y } from './support/browser'
import { button, currentPage, row, tab, tap, text } from './support/ui'
import { phoneLoggedIn } from './support/journeys'

const phone = '13900000044'

test('an unread booking message is counted on 我的, opens the booking, and can all be marked read', async () => {
  const page = await phoneLoggedIn(phone)

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
  await tap(row(page, '消息中心'))
  await text(page, '预约成功').waitFor()
  await checkA11y(page, 'message centre')
  // Each message is a button; an unread one also says 未读 (to screen readers; sighted users see a dot).
  const opened = currentPage(page)
    .getByRole('button')
    .filter({ hasText: '预约成功' })
    .filter({ hasText: booked.body.number })
  await opened.getByText('未读', { exact: true }).waitFor({ state: 'attached' })
  await opened.click()
  // The booking's own page, with its check-in code (the message, too, reads 预约号 …).
  await currentPage(page)
    .getByRole('img', { name: `预约二维码，预约号 ${booked.body.number}` })
    .waitFor()
  // Back as the title bar's arrow takes it (Taro's navigateBack is history.go(-1), the browser's back);
  // the arrow itself has neither a role nor a label to find it by.
  await page.goBack()
  await text(page, '消息中心').waitFor()
  // The opened message is read now; whatever else is unread (a reminder when the slot is near) can be
  // cleared at once.
  await opened.waitFor()
  await opened.getByText('未读', { exact: true }).waitFor({ state: 'detached' })
  const unreadLeft = text(page, /^\d+ 条未读$/)
  if (await unreadLeft.isVisible()) {
    await tap(button(page, '全部已读'))
    await unreadLeft.waitFor({ state: 'hidden' })
  }
  await text(page, '全部已读').waitFor()
  expect(await currentPage(page).getByText('未读', { exact: true }).count()).toBe(0)
})
