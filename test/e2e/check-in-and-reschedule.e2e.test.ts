// A customer moves a booking (same number, new time); on the day, the branch's manager checks them in by
// typing the check-in code the customer reads out from under their QR code (no camera needed), and the
// customer's booking shows 已到店.
import type { Booking } from '@/contract/bookings'
import type { Slot } from '@/contract/branches'
import { bankUser } from './support/bank-api'
import { checkA11y, newPhonePage } from './support/browser'
import { mockUrl } from './support/servers'
import { acceptPrivacy, button, currentPage, logInOnLoginPage, openAt, tap, text } from './support/ui'
import { phoneLoggedIn } from './support/journeys'

const branchId = 'br_zhangguo'
const manager = '13900000103' // 王芳, customer manager of 张郭镇
const serviceId = 'wealth-consultation'

// The bank's clock only ever moves forward in these tests: moving it back would make codes texted
// "later" look less than 60 s old to every test that runs after this one.
async function clockOffset(): Promise<number> {
  return ((await (await fetch(`${mockUrl()}/api/v1/dev/clock`)).json()) as { offsetSeconds: number })
    .offsetSeconds
}
async function setClockOffset(offsetSeconds: number): Promise<void> {
  await fetch(`${mockUrl()}/api/v1/dev/clock`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offsetSeconds }),
  })
}

test('reschedule keeps the number; the manager checks the customer in by code; the customer sees 已到店', async () => {
  // Log in in the app first: the API login after it waits out the 60 s SMS rule on the bank's clock.
  const page = await newPhonePage()
  await page.goto('/')
  await acceptPrivacy(page)
  await tap(button(page, '登录 / 注册'))
  await logInOnLoginPage(page, '13900000055')
  await text(page, /您好/).waitFor()
  const customer = await bankUser('13900000055')
  const days = await customer.get<{ days: { date: string }[] }>(
    `/branches/${branchId}/days?serviceId=${serviceId}`,
  )
  const free: Slot[] = []
  // Not today: other tests move the bank's clock into a day, and a slot less than 1 h away cannot move.
  for (const day of days.body.days.slice(1)) {
    const slots = await customer.get<{ slots: Slot[] }>(
      `/branches/${branchId}/slots?serviceId=${serviceId}&date=${day.date}`,
    )
    free.push(...slots.body.slots.filter((s) => s.status === 'available'))
    if (free.length >= 3) break
  }
  const created = await customer.post<Booking>('/bookings', { branchId, serviceId, slotStart: free[0].start })
  expect(created.status).toBe(201)

  // The customer moves it in the app.
  await openAt(page, `/#/packages/counter/booking/index?id=${created.body.id}`)
  await tap(button(page, '改约'))
  await text(page, `预约号 ${created.body.number} 不变`).waitFor()
  const target = free[free.length - 1]
  const dayLabel = `${Number(target.start.slice(5, 7))}月${Number(target.start.slice(8, 10))}日`
  await currentPage(page)
    .getByRole('group', { name: '选择日期' })
    .getByRole('button', { name: new RegExp(`^${dayLabel} `) })
    .tap()
  const time = target.start.slice(11, 16)
  await currentPage(page)
    .getByRole('group', { name: '选择时段' })
    .getByRole('button', { name: new RegExp(`^${time}–`) })
    .tap()
  await tap(button(page, '确认改约'))
  await text(page, `预约号 ${created.body.number}`).waitFor()
  await text(page, new RegExp(`${dayLabel} .+ ${time}–`)).waitFor()
  // Under the QR code: the short code to read out when scanning fails.
  const shown = await text(page, /^签到码 \d{3} \d{3}$/).innerText()
  const checkInCode = shown.replace(/\D/g, '')
  await text(page, '无法扫码时，请把签到码告诉柜员').waitFor()

  // On the day, half an hour before the slot, the manager of 张郭镇 checks the customer in.
  const moved = await customer.get<Booking>(`/bookings/${created.body.id}`)
  const offset = await clockOffset()
  const forward = Math.round(
    (Date.parse(moved.body.slotStart) - 30 * 60_000 - (Date.now() + offset * 1000)) / 1000,
  )
  await setClockOffset(offset + Math.max(0, forward))
  const staff = await phoneLoggedIn(manager)
  await text(staff, '预约签到').click()
  await text(staff, '今日预约').waitFor()
  await checkA11y(staff, 'staff check-in')
  const codeBox = currentPage(staff).locator('input[name=checkInCode]')
  await codeBox.fill('12345')
  await tap(button(staff, '确认签到'))
  await text(staff, '签到码为6位数字').waitFor()
  await codeBox.fill(checkInCode === '000000' ? '000001' : '000000')
  await tap(button(staff, '确认签到'))
  await text(staff, '签到码不正确，请核对客户预约页上的6位签到码').waitFor()
  await codeBox.fill(checkInCode)
  await tap(button(staff, '确认签到'))
  await text(staff, '✓ 已签到').waitFor()
  await text(staff, created.body.number).waitFor()
  // Today's list shows the visit as done; typing the code again says when, and asks nothing more.
  const row = currentPage(staff).getByRole('group', { name: new RegExp(`^${created.body.number} `) })
  await row.getByText(/^已签到 \d{2}:\d{2}$/).waitFor()
  await codeBox.fill(checkInCode)
  await tap(button(staff, '确认签到'))
  await text(staff, /^该客户已于今天 \d{2}:\d{2}签到，无需重复签到$/).waitFor()
  expect(await staff.locator('body').innerText()).not.toContain('刷新')

  // The bank's clock jumped to the day of the visit, so the customer's 12-hour web session may have
  // ended in between: then the app asks them to log in again and carries on to the booking. They open
  // the booking afresh: a reload could land on a login page that the idle page opened meanwhile (a
  // refresh of its cached reads met the expired session), which after login goes home, not back here.
  await openAt(page, `/#/packages/counter/booking/index?id=${created.body.id}`)
  const arrived = text(page, '已到店')
  await arrived.or(text(page, '登录已过期，请重新登录。登录后将回到刚才的页面继续。')).first().waitFor()
  if (!(await arrived.isVisible())) await logInOnLoginPage(page, '13900000055')
  await arrived.waitFor()
})
