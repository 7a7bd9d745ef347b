// Campaign events as a customer meets them: the 活动 tab filtered, an event opened and signed up for
// (its places drop), the sign-up in 我的活动; a full event offers the waitlist, and when someone cancels
// (over the API) the first in line is promoted and told in the message centre; an event whose stored
// description carries a script (a seeded one) shows its text and runs nothing. The events signed up for
// are published by staff over the API on the bank's clock (support/event-api.ts).
import type { EventSignup } from '@/contract/events'
import { bankUser } from './support/bank-api'
import { checkA11y } from './support/browser'
import { publishEvent } from './support/event-api'
import { button, currentPage, openAt, row, tab, tap, text } from './support/ui'
import { phoneLoggedIn } from './support/journeys'

jest.setTimeout(120_000)

const phone = '13900000471' // a new customer of this file alone

/** Types into a form field on the page on screen, by its name. */
async function fill(page: Awaited<ReturnType<typeof phoneLoggedIn>>, name: string, value: string) {
  await currentPage(page).locator(`input[name=${name}]`).filter({ visible: true }).fill(value)
}

test('a customer signs up from 活动, finds it in 我的活动, and is promoted from a full event’s waitlist', async () => {
  // 戴南's staff publish a salon and a one-place meeting, which another customer fills.
  const staff = await bankUser('13900000101')
  await publishEvent(staff, {
    templateId: 'et_merchant_salon',
    title: '戴南五金商户沙龙',
    capacity: 30,
  })
  const full = await publishEvent(staff, {
    templateId: 'et_village_credit',
    title: '戴南村整村授信宣讲会',
    capacity: 1,
    daysAhead: 21,
  })
  const first = await bankUser('13900000474')
  const taken = await first.post<EventSignup>(`/events/${full.id}/signups`, {
    name: '吴大海',
    village: '戴南村',
    partySize: 1,
  })
  expect(taken.status).toBe(201)
  const page = await phoneLoggedIn(phone)

  await tab(page, '活动').click()
  await text(page, '即将开始').waitFor()
  await checkA11y(page, 'event list')
  // 商户沙龙 in 戴南镇: the salon stays, the village meeting leaves the list.
  await tap(button(page, '商户沙龙'))
  await tap(button(page, '戴南镇'))
  await text(page, '戴南五金商户沙龙').waitFor()
  await text(page, '戴南村整村授信宣讲会').waitFor({ state: 'hidden' })
  await tap(currentPage(page).getByRole('button', { name: /^戴南五金商户沙龙，/ }))

  await text(page, '活动议程').waitFor()
  // 家庭备用金 is mentioned: its APR is shown with it.
  await text(page, '年化利率（单利）4.35%–7.20%').waitFor()
  await text(page, '剩余 30 个名额（共 30 人）').waitFor()
  await checkA11y(page, 'event detail')
  await tap(button(page, '立即报名'))
  await text(page, '提交报名').waitFor()
  // Nothing typed yet: each field says what it needs, in Chinese, next to it.
  await tap(button(page, '提交报名'))
  await text(page, '请填写您所在的村（社区），如 戴南村').waitFor()
  await fill(page, 'name', '钱小梅')
  await fill(page, 'village', '戴南村')
  await tap(button(page, '2人'))
  await tap(button(page, '提交报名'))
  await text(page, '剩余 28 个名额（共 30 人）').waitFor()
  await text(page, '我的报名：已报名（2人）').waitFor()

  // 我的活动, from 我的.
  await openAt(page, '/#/pages/me/index')
  await tap(row(page, '我的活动'))
  await text(page, '戴南五金商户沙龙').waitFor()
  await text(page, '已报名').waitFor()
  await checkA11y(page, 'my events')

  // The one-place meeting is full: the button offers the waitlist.
  await openAt(page, `/#/packages/event/detail/index?id=${full.id}`)
  await text(page, /名额已满/).waitFor()
  await tap(button(page, '报名候补'))
  await fill(page, 'name', '钱小梅')
  await fill(page, 'village', '戴南村')
  await tap(button(page, '报名候补'))
  await text(page, '我的报名：候补第 1 位（1人）').waitFor()

  // The customer holding the place cancels on their phone: the first in line is promoted, and told.
  expect((await first.post(`/event-signups/${taken.body.id}/cancel`, {})).status).toBe(200)
  await openAt(page, '/#/packages/inbox/messages/index')
  await text(page, '候补成功，已为您报名').waitFor()
  await tap(row(page, '候补成功，已为您报名'))
  await text(page, '我的报名：已报名（1人）').waitFor()
  await tap(button(page, '出示签到码'))
  await text(page, '到场后请向工作人员出示').waitFor()
  await currentPage(page).getByRole('img', { name: '活动签到二维码' }).waitFor()
})

test('an event whose stored description carries a script shows its text and runs nothing', async () => {
  const page = await phoneLoggedIn('13900000473')
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await openAt(page, '/#/packages/event/detail/index?id=ev_qianduo_salon')
  await text(page, '欢迎参加千垛镇商户沙龙！').waitFor()
  await text(page, '现场有收款码办理。').waitFor()
  await text(page, '点此报名').waitFor()
  // Give an onerror or a timer the chance it would have had.
  await page.waitForTimeout(1_000)
  expect(dialogs).toEqual([])
  expect(await page.evaluate(() => (window as { __ccInjected?: boolean }).__ccInjected)).toBeUndefined()
  const main = currentPage(page)
  expect(await main.locator('script, iframe, [onerror], [onclick], a[href^="javascript"]').count()).toBe(0)
})
