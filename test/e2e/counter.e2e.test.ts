// The cloud counter as villagers, a second customer and a customer manager meet it.
import type { Page } from 'playwright-core'
import type { Slot } from '@/contract/branches'
import { bankUser } from './support/bank-api'
import { advanceMockClock, expireMockSessions } from './support/mock-process'
import { mockUrl } from './support/servers'
import { checkA11y, getBrowser, newPhonePage, PHONE_CONTEXT, screenshot } from './support/browser'
import {
  acceptPrivacy,
  button,
  currentPage,
  logInOnLoginPage,
  modalButton,
  openAt,
  row,
  tap,
  text,
} from './support/ui'
import { phoneLoggedIn } from './support/journeys'

/** The day buttons of the booking form (选择日期). */
const dayChoices = (page: Page) =>
  currentPage(page).getByRole('group', { name: '选择日期' }).getByRole('button')
/** The half-hour slot buttons of the booking form (选择时段); a full or past one is disabled. */
const slotChoices = (page: Page) => currentPage(page).getByRole('group', { name: '选择时段' })

/**
 * Taps the first slot that can still be booked from day `fromDay` of the choices on, trying the next
 * days when a day is used up.
 */
async function chooseFirstFreeSlot(page: Page, fromDay = 0): Promise<string> {
  const days = dayChoices(page)
  await days.first().waitFor()
  for (let day = fromDay; day < (await days.count()); day++) {
    await days.nth(day).tap()
    await slotChoices(page).getByRole('button').first().waitFor()
    const free = slotChoices(page).getByRole('button', { disabled: false })
    if ((await free.count()) > 0) {
      const label = (await free.first().innerText()).split('\n')[0]
      await free.first().tap()
      return label
    }
  }
  throw new Error('no free slot in the next 7 business days')
}

test('without location the branches are listed by town; book a slot, find it in 我的预约, cancel it', async () => {
  const page = await phoneLoggedIn('13900000005')
  await text(page, '预约办理').click()
  // The browser context has no geolocation permission: never a dead end.
  await text(page, '未获得定位权限，已按乡镇列出网点，可选择您所在的乡镇').waitFor()
  await checkA11y(page, 'branches by town')
  await tap(button(page, '戴南镇'))
  await text(page, '戴南支行（示例）').waitFor()
  expect(await page.getByText('安丰支行（示例）').filter({ visible: true }).count()).toBe(0)
  await tap(button(page, '预约办理'))

  await text(page, '可预约业务').waitFor()
  await checkA11y(page, 'branch detail')
  await tap(currentPage(page).getByRole('group', { name: '开立个人账户' }).getByText('预约', { exact: true }))
  await text(page, '选择时段').waitFor()
  // Not today: other files move the bank's clock into a day, and a slot within the hour cannot be cancelled.
  const slot = await chooseFirstFreeSlot(page, 1)
  await checkA11y(page, 'booking form')
  await tap(button(page, '确认预约'))

  await text(page, '预约成功！确认信息已发送到消息中心。').waitFor()
  await currentPage(page)
    .getByRole('img', { name: /^预约二维码/ })
    .waitFor()
  const number = (await text(page, /^预约号 YY/).innerText()).replace('预约号 ', '')
  expect(await page.locator('body').innerText()).toContain(slot)
  await screenshot(page, 'booking-confirmed')
  await checkA11y(page, 'booking detail')

  await text(page, '查看我的全部预约 ›').click()
  await currentPage(page)
    .getByRole('button', { name: new RegExp(number) })
    .click()
  await tap(button(page, '取消预约'))
  await modalButton(page, '取消预约').click()
  // The status tag, not the toast ("已取消预约") that appears first.
  await page.getByText('已取消', { exact: true }).filter({ visible: true }).first().waitFor()
  expect(
    await currentPage(page)
      .getByRole('img', { name: /^预约二维码/ })
      .count(),
  ).toBe(0)
})

test('with location the nearest branch comes first, with its distance', async () => {
  const browser = await getBrowser()
  const context = await browser.newContext({
    ...PHONE_CONTEXT,
    baseURL: process.env.E2E_BASE_URL,
    geolocation: { latitude: 32.745, longitude: 120.07 }, // a few hundred metres from 戴南
    permissions: ['geolocation'],
  })
  const page = await context.newPage()
  await page.goto('/')
  await acceptPrivacy(page)
  await openAt(page, '/#/packages/counter/branches/index')
  await text(page, '已按距离由近到远排列').waitFor()
  // Each branch is a group named after it.
  const first = currentPage(page).getByRole('group').first()
  await expect(first.innerText()).resolves.toMatch(/戴南支行（示例）[\s\S]*距您\d+米/)
  await context.close()
})

test('a slot someone else filled shows as full and cannot be chosen', async () => {
  const other = await bankUser('13900000066')
  const branchId = 'br_dainan'
  const serviceId = 'merchant-acquiring' // one place per slot
  const days = await other.get<{ days: { date: string }[] }>(
    `/branches/${branchId}/days?serviceId=${serviceId}`,
  )
  let taken: Slot | undefined
  for (const day of days.body.days) {
    const slots = await other.get<{ slots: Slot[] }>(
      `/branches/${branchId}/slots?serviceId=${serviceId}&date=${day.date}`,
    )
    taken = slots.body.slots.find((s) => s.status === 'available')
    if (taken) break
  }
  if (!taken) throw new Error('no free slot to fill')
  const booked = await other.post('/bookings', { branchId, serviceId, slotStart: taken.start })
  expect(booked.status).toBe(201)

  const page = await phoneLoggedIn('13900000067')
  await openAt(page, `/#/packages/counter/book/index?branchId=${branchId}&serviceId=${serviceId}`)
  const dayLabel = `${Number(taken.start.slice(5, 7))}月${Number(taken.start.slice(8, 10))}日`
  await dayChoices(page)
    .filter({ hasText: new RegExp(`^${dayLabel} `) })
    .tap()
  const time = new Date(taken.start).toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  })
  const full = slotChoices(page).getByRole('button', { name: new RegExp(`^${time}–`) })
  await expect(full.innerText()).resolves.toContain('已约满')
  await expect(full.getAttribute('aria-disabled')).resolves.toBe('true')
})

test('a referral request reaches the town manager, who moves it, and the customer sees the change', async () => {
  const page = await phoneLoggedIn('13900000004') // 陈立新, real-name verified
  await text(page, '产品转介').click()
  // The product, with its APR (the home page's 阳光e贷 shortcut, still on screen for a moment, has none).
  await currentPage(page)
    .getByRole('button', { name: /^阳光e贷.*年化利率/ })
    .first()
    .click()
  await text(page, /年化利率（单利）3\.65%–7\.20%/).waitFor()
  await tap(button(page, '请客户经理联系我', { last: true })) // the form's, below its heading
  await text(page, '请选择您所在的乡镇').waitFor()
  await tap(button(page, '戴南镇'))
  await text(page, /将由 .+ 客户经理与您联系/).waitFor()
  await currentPage(page)
    .getByRole('textbox', { name: '如：想了解额度和利率，200字以内' })
    .fill('想了解额度和还款方式')
  await checkA11y(page, 'product with referral form')
  await tap(button(page, '请客户经理联系我', { last: true }))
  await text(page, '申请进度')
    .waitFor()
    .catch(() => undefined)
  await text(page, '已分配').waitFor()

  // The manager of 戴南镇 opens it on their own phone and records the call.
  const staff = await phoneLoggedIn('13900000101', await newPhonePage())
  await text(staff, '转介客户').click()
  await tap(row(staff, /阳光e贷 · 陈\*新/))
  await text(staff, /拨打 13900000004/).waitFor()
  await checkA11y(staff, 'staff referral detail')
  await currentPage(staff)
    .getByRole('textbox', { name: '如：已电话沟通，约周三到网点面签' })
    .fill('已电话沟通，约周三到网点')
  await tap(button(staff, '已联系客户'))
  await button(staff, '已办理').waitFor()

  await page.reload()
  await text(page, '已联系').waitFor()
  await text(page, /已电话沟通，约周三到网点/).waitFor()
  await screenshot(page, 'referral-contacted')
})

test('when the chosen slot is taken before confirming, the nearest free slots are offered and one books', async () => {
  const page = await phoneLoggedIn('13900000068')
  const branchId = 'br_dainan'
  const serviceId = 'merchant-acquiring' // one place per slot
  await openAt(page, `/#/packages/counter/book/index?branchId=${branchId}&serviceId=${serviceId}`)
  const chosen = await chooseFirstFreeSlot(page)

  // Someone else takes that very place while this customer is still on the form.
  const other = await bankUser('13900000069')
  const days = await other.get<{ days: { date: string }[] }>(
    `/branches/${branchId}/days?serviceId=${serviceId}`,
  )
  let taken = false
  for (const day of days.body.days) {
    const slots = await other.get<{ slots: Slot[] }>(
      `/branches/${branchId}/slots?serviceId=${serviceId}&date=${day.date}`,
    )
    const slot = slots.body.slots.find(
      (s) =>
        s.status === 'available' &&
        new Date(s.start).toLocaleTimeString('zh-CN', {
          timeZone: 'Asia/Shanghai',
          hour: '2-digit',
          minute: '2-digit',
          hour12: false,
        }) === chosen.slice(0, 5),
    )
    if (slot) {
      expect((await other.post('/bookings', { branchId, serviceId, slotStart: slot.start })).status).toBe(201)
      taken = true
      break
    }
  }
  expect(taken).toBe(true)

  await tap(button(page, '确认预约'))
  await text(page, '以下时段还有名额：').waitFor()
  // An offered slot reads like "11月20日 周五 10:30–11:00 余2位".
  await tap(
    currentPage(page)
      .getByText(/^\d+月\d+日 .+ 余\d+位$/)
      .first(),
  )
  await tap(button(page, '确认预约'))
  await text(page, '预约成功！确认信息已发送到消息中心。').waitFor()
})

test('a booking confirmed as the session expires lands on its confirmation once the customer logs in again', async () => {
  const phone = '13900000056'
  const page = await phoneLoggedIn(phone)
  await openAt(page, '/#/packages/counter/branch/index?id=br_dainan')
  await tap(currentPage(page).getByRole('group', { name: '开立个人账户' }).getByText('预约', { exact: true }))
  await text(page, '选择时段').waitFor()
  await chooseFirstFreeSlot(page)
  await expireMockSessions(mockUrl(), phone)
  await advanceMockClock(mockUrl(), 61)
  await tap(button(page, '确认预约'))
  await text(page, '登录已过期，请重新登录。登录后将回到刚才的页面继续。').waitFor()
  await logInOnLoginPage(page, phone)
  await text(page, '预约成功！确认信息已发送到消息中心。').waitFor()
  await currentPage(page)
    .getByRole('img', { name: /^预约二维码/ })
    .waitFor()
  await text(page, /^预约号 YY/).waitFor()
})
