// Campaign events as a customer meets them: the 活动 tab, an event opened and signed up for (its places
// drop), the sign-up in 我的活动; a full event offers the waitlist, and when someone cancels (over the
// API) the first in line is promoted and told in the message centre; an event whose stored description
// carries a script shows its text and runs nothing.
import type { EventDetail } from '@/contract/events'
import { bankUser } from './support/bank-api'
import { checkA11y } from './support/browser'
import { button, currentPage, row, tab, tap, text } from './support/ui'
import { phoneLoggedIn } from './support/journeys'

jest.setTimeout(120_000)

const phone = '13900000471' // a new customer of this file alone

/** Types into a form field on the page on screen, by its name. */
async function fill(page: Awaited<ReturnType<typeof phoneLoggedIn>>, name: string, value: string) {
  await currentPage(page).locator(`input[name=${name}]`).filter({ visible: true }).fill(value)
}

test('a customer signs up from 活动, finds it in 我的活动, and is promoted from a full event’s waitlist', async () => {
  const page = await phoneLoggedIn(phone)
  const visitor = await bankUser('13900000472')
  const before = (await visitor.get<EventDetail>('/events/ev_dainan_thanks')).body.placesLeft

  await tab(page, '活动').click()
  await text(page, '即将开始').waitFor()
  await checkA11y(page, 'event list')
  // 整村授信宣讲会 only: the thank-you meeting leaves the list, the village meetings stay.
  await tap(button(page, '整村授信宣讲会'))
  await text(page, '张郭镇整村授信宣讲会').waitFor()
  await text(page, '戴南镇客户答谢会').waitFor({ state: 'hidden' })
  await tap(button(page, '全部类型'))
  await tap(currentPage(page).getByRole('button', { name: /^戴南镇客户答谢会，/ }))

  await text(page, '活动议程').waitFor()
  await text(page, '年化利率（单利）3.65%–7.20%').waitFor()
  await text(page, `剩余 ${before} 个名额（共 60 人）`).waitFor()
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
  await text(page, `剩余 ${before - 2} 个名额（共 60 人）`).waitFor()
  await text(page, '我的报名：已报名（2人）').waitFor()

  // 我的活动, from 我的.
  await page.goto('/#/pages/me/index')
  await tap(row(page, '我的活动'))
  await text(page, '戴南镇客户答谢会').waitFor()
  await text(page, '已报名').waitFor()
  await checkA11y(page, 'my events')

  // The 沙沟 meeting is full: the button offers the waitlist.
  await page.goto('/#/packages/event/detail/index?id=ev_shagou_village_full')
  await text(page, /名额已满/).waitFor()
  await tap(button(page, '报名候补'))
  await fill(page, 'name', '钱小梅')
  await fill(page, 'village', '沙沟村')
  await tap(button(page, '报名候补'))
  await text(page, '我的报名：候补第 1 位（1人）').waitFor()

  // 吴大海 (one person) cancels on his phone: the first in line fits, and is told.
  const wu = await bankUser('13900000005')
  expect((await wu.post('/event-signups/es_shagou_0005/cancel', {})).status).toBe(200)
  await page.goto('/#/packages/inbox/messages/index')
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
  await page.goto('/#/packages/event/detail/index?id=ev_qianduo_salon')
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
