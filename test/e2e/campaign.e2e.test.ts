// Campaign sharing (推广) as staff and a new visitor meet it: a staff member copies their link for an
// event from 我的推广, a visitor on another phone opens it, logs in and signs up, and the staff
// member's figures show the visit and the sign-up with the visitor masked; the poster's QR decodes to
// the same link; the branch's 每日通报 ranks its staff with the reader's row marked.
import type { Page } from 'playwright-core'
import { bankUser } from './support/bank-api'
import { checkA11y, newPhonePage } from './support/browser'
import { publishEvent } from './support/event-api'
import { phoneLoggedIn } from './support/journeys'
import { decodeQrPng } from './support/qr-decode'
import { acceptPrivacy, button, currentPage, logInOnLoginPage, openAt, tap, text } from './support/ui'

jest.setTimeout(180_000)

const staffPhone = '13900000101' // 张伟, 戴南支行
const visitorPhone = '13900000481' // a new customer of this file alone
const LINK = /\/e\/[2-9A-HJKMNP-Z]{10}$/
const title = '戴南推广测试答谢会'

/** What Taro's H5 setClipboardData last copied (it keeps a copy in storage beside the clipboard). */
async function copiedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('taro_clipboard')
    return raw ? (JSON.parse(raw) as { data: string }).data : ''
  })
}

/** A button of an event's (or product's) card on 我的推广. */
const actionOf = (page: Page, card: string, label: string) =>
  currentPage(page).getByRole('group', { name: card }).getByText(label, { exact: true })

let link = ''
let staff: Page

test('a staff member copies their link; a new visitor opens it, logs in and signs up; 我的推广 shows both', async () => {
  // Soon, so it is among the first 近期活动 on the page.
  await publishEvent(await bankUser(staffPhone), {
    templateId: 'et_thank_you',
    title,
    capacity: 40,
    daysAhead: 2,
  })
  staff = await phoneLoggedIn(staffPhone)
  await tap(button(staff, '我的推广'))
  await text(staff, '近期活动').waitFor()
  await tap(actionOf(staff, title, '分享·海报'))

  await text(staff, '您的专属链接').waitFor()
  const shown = (await currentPage(staff).getByText(LINK).innerText()).trim()
  expect(shown).toMatch(LINK)
  await text(staff, '邀请人：张伟 · 戴南支行（示例）').waitFor()
  await checkA11y(staff, 'campaign share')
  await tap(button(staff, '复制链接'))
  await text(staff, '已复制').waitFor()
  expect(await copiedText(staff)).toBe(shown)
  link = shown

  // A visitor on another phone opens the link: the event, no login asked to look.
  const visitor = await newPhonePage()
  await visitor.goto(new URL(link).pathname)
  await text(visitor, title).waitFor()
  await text(visitor, '剩余 40 个名额（共 40 人）').waitFor()
  await tap(button(visitor, '立即报名'))
  await text(visitor, '登录后即可报名活动').waitFor()
  await tap(button(visitor, '登录 / 注册'))
  // A first-time visitor meets the privacy notice before anything personal is asked.
  await acceptPrivacy(visitor)
  await logInOnLoginPage(visitor, visitorPhone)
  await text(visitor, '提交报名').waitFor()
  const field = (name: string) =>
    currentPage(visitor).locator(`input[name=${name}]`).filter({ visible: true })
  await field('name').fill('钱多多')
  await field('village').fill('戴南村')
  await tap(button(visitor, '提交报名'))
  await text(visitor, '我的报名：已报名（1人）').waitFor()

  // Back on the staff phone: the link's figures for today, as a table beside the chart.
  await openAt(staff, '/#/packages/campaign/mine/index')
  await tap(actionOf(staff, title, '数据'))
  await text(staff, '带来的客户').waitFor()
  // Newest day first, under the heading row.
  const todayRow = currentPage(staff).getByRole('table', { name: '每日推广数据' }).getByRole('row').nth(1)
  await expect(todayRow.getByRole('cell').allInnerTexts()).resolves.toEqual(['1', '1', '0', '0'])
  await text(staff, /^合计：访问1 报名1 签到0 转化0$/).waitFor()
  await expect(
    currentPage(staff)
      .locator('img[aria-label^="每日推广数据图"], [aria-label^="每日推广数据图"]')
      .first()
      .getAttribute('aria-label'),
  ).resolves.toMatch(/访问1 报名1 签到0 转化0$/)
  await text(staff, /139\*\*\*\*0481/).waitFor()
  await text(staff, '钱*多').waitFor()
  await checkA11y(staff, 'campaign stats')
})

test('the poster carries a QR code that decodes to the staff member’s link', async () => {
  expect(link).toMatch(LINK)
  await staff.goBack()
  await tap(actionOf(staff, title, '分享·海报'))
  await tap(button(staff, '生成海报'))
  const poster = currentPage(staff).getByRole('img', { name: '邀请海报' })
  await poster.waitFor()
  const { bytes, width, height } = await poster.evaluate(async (img: HTMLImageElement) => {
    await img.decode()
    const data = await (await fetch(img.src)).arrayBuffer()
    return { bytes: Array.from(new Uint8Array(data)), width: img.naturalWidth, height: img.naturalHeight }
  })
  const png = Buffer.from(bytes)
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  expect([width, height]).toEqual([750, 1200])
  expect(await decodeQrPng(png)).toBe(link)
})

test('每日通报 ranks the branch’s staff and marks the reader’s own row', async () => {
  const reader = await phoneLoggedIn('13900000109') // 孙丽, 戴南支行
  await tap(button(reader, '每日通报'))
  await text(reader, '戴南支行（示例）').waitFor()
  const rows = currentPage(reader).getByRole('table', { name: '戴南支行（示例）推广通报' }).getByRole('row')
  const zhang = rows.filter({ hasText: '张伟' })
  const mine = rows.filter({ hasText: '（我）' })
  await expect(mine.innerText()).resolves.toContain('孙丽')
  // 张伟's sign-up through his link today puts him first: cells are rank, visits, sign-ups, …
  const cells = await zhang.getByRole('cell').allInnerTexts()
  expect(cells[0]).toBe('1')
  expect(Number(cells[2])).toBeGreaterThanOrEqual(1)
  await checkA11y(reader, 'branch bulletin')
  // Another branch's staff are not on it.
  await expect(rows.filter({ hasText: '李强' }).count()).resolves.toBe(0)
  await expect(rows.count()).resolves.toBe(5) // heading, 张伟, 孙丽, 周军, 合计
})
