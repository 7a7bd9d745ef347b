// Every page a customer reaches (and the staff check-in page), in standard and elder mode, on a 375 px and
// a 320 px wide phone: nothing cut off ("贷款计…"), nothing spilling over its neighbours (schedule columns
// that run together), nothing off the screen, shortcut labels on one line, and in elder mode no text
// below 18 px. Each page and width is saved as test/e2e/artifacts/layout-<page>-<mode>-<width>.png.
import type { Page } from 'playwright-core'
import type { Booking } from '@/contract/bookings'
import type { Slot } from '@/contract/branches'
import type { Loan } from '@/contract/loans'
import { SEED_REGION } from '../../mock/seed/households'
import { makeIdNumber } from '@/utils/id-number'
import { bankUser } from './support/bank-api'
import {
  nextFrames,
  overflowingText,
  renderedLines,
  screenshotWholePage,
  textSmallerThan,
} from './support/layout'
import { publishEvent } from './support/event-api'
import { borrowOverApi } from './support/loan-api'
import { advanceMockClock } from './support/mock-process'
import { mockUrl } from './support/servers'
import { button, currentPage, openAt, tab, tap, text } from './support/ui'
import { phoneLoggedIn } from './support/journeys'

jest.setTimeout(90_000)

const customerPhone = '13900000401' // a customer of this file alone
const eventCustomerPhone = '13900000402' // a customer of this file alone, signed up for an event
const staffPhone = '13900000101' // 戴南镇's customer manager
const branchId = 'br_chenbao'
const WIDTHS = [375, 320] as const
const ELDER_MIN_TEXT_PX = 18

/** A page to check: where it is, and text on it that says it has loaded. */
interface Visit {
  name: string
  url: string
  ready: (string | RegExp)[]
  /** Labels that must each stay on one line (shortcuts broken mid-word: "预约办/理"). */
  oneLine?: string[]
  /** What to do on the page once loaded, to show more of it (a result, say). */
  then?: (page: Page) => Promise<void>
}

let customerPage: Page
let staffPage: Page
let eventPage: Page
let customerPages: Visit[]
let eventPages: Visit[]
let staffPages: Visit[]

/** The first free slot at the branch from tomorrow on (today's may be too close on the bank's clock). */
async function freeSlot(customer: Awaited<ReturnType<typeof bankUser>>, serviceId: string): Promise<Slot> {
  const days = await customer.get<{ days: { date: string }[] }>(
    `/branches/${branchId}/days?serviceId=${serviceId}`,
  )
  for (const day of days.body.days.slice(1)) {
    const slots = await customer.get<{ slots: Slot[] }>(
      `/branches/${branchId}/slots?serviceId=${serviceId}&date=${day.date}`,
    )
    const free = slots.body.slots.find((s) => s.status === 'available')
    if (free) return free
  }
  throw new Error(`no free slot at ${branchId}`)
}

beforeAll(async () => {
  // The customer: real name, a loan with its schedule, and a booking, all over the API.
  const customer = await bankUser(customerPhone)
  const named = await customer.post('/me/real-name', {
    name: '郑春华',
    idNumber: makeIdNumber(SEED_REGION, '19830415', '401'),
  })
  expect(named.status).toBe(200)
  const loan: Loan = await borrowOverApi(customer, customerPhone, {
    amountFen: 2_000_000,
    termMonths: 12,
    method: 'equal-instalment',
  })
  const slot = await freeSlot(customer, 'large-cash-withdrawal')
  const booked = await customer.post<Booking>('/bookings', {
    branchId,
    serviceId: 'large-cash-withdrawal',
    slotStart: slot.start,
    amountFen: 10_000_000,
  })
  expect(booked.status).toBe(201)
  // And a coupon, for 我的券 with a card on it.
  expect((await customer.post('/coupons/batches/cb_shagou_dining_200_30/claims', {})).status).toBe(201)
  // Another customer with an event sign-up, for 我的活动 and the check-in pass. The event pages get a
  // phone of their own: a long run of pages on one H5 router stack leaves a page blank.
  const attendee = await bankUser(eventCustomerPhone)
  const meetUp = await publishEvent(await bankUser(staffPhone), {
    templateId: 'et_association',
    title: '戴南镇行业协会交流会',
    capacity: 100,
  })
  const signedUp = await attendee.post<{ id: string }>(`/events/${meetUp.id}/signups`, {
    name: '郑春华',
    village: '英武社区',
    partySize: 2,
  })
  expect(signedUp.status).toBe(201)
  // One they have not signed up for, for the sign-up form.
  const salon = await publishEvent(await bankUser(staffPhone), {
    templateId: 'et_merchant_salon',
    title: '戴南镇商户经营交流会',
    capacity: 50,
  })
  // The browser logs the same phones in next: let the 60 s SMS window pass on the bank's clock.
  await advanceMockClock(mockUrl(), 61)
  ;[customerPage, staffPage, eventPage] = await Promise.all([
    phoneLoggedIn(customerPhone),
    phoneLoggedIn(staffPhone),
    phoneLoggedIn(eventCustomerPhone),
  ])
  eventPages = [
    { name: 'events', url: '/pages/events/index', ready: ['即将开始', '我的活动'] },
    {
      name: 'event',
      url: `/packages/event/detail/index?id=${meetUp.id}`,
      ready: ['活动议程', '年化利率（单利）3.65%–7.20%', '我的报名：已报名（2人）'],
    },
    { name: 'event-signup', url: `/packages/event/signup/index?id=${salon.id}`, ready: ['提交报名'] },
    {
      name: 'event-invite',
      url: `/packages/campaign/share/index?kind=event&id=${meetUp.id}`,
      ready: ['邀请亲友一起参加', '邀请人：郑*华'],
    },
    { name: 'my-events', url: '/packages/event/mine/index', ready: ['戴南镇行业协会交流会', '已报名'] },
    {
      name: 'event-pass',
      url: `/packages/event/pass/index?id=${signedUp.body.id}`,
      ready: ['到场后请向工作人员出示'],
    },
  ]

  customerPages = [
    {
      name: 'home',
      url: '/pages/home/index',
      ready: ['常用服务'],
      oneLine: [
        '预约办理',
        '我的预约',
        '产品转介',
        '阳光e贷',
        '我的贷款',
        '贷款计算',
        '领券',
        '我的券',
        '消息中心',
        '实名认证',
      ],
    },
    { name: 'me', url: '/pages/me/index', ready: ['退出登录'] },
    { name: 'coupons', url: '/pages/coupons/index', ready: ['满100减20', '为你推荐'] },
    {
      name: 'coupon-batch',
      url: '/packages/coupon/batch/index?id=cb_zhangguo_agri_500_50',
      ready: ['满500减50', '种植大户专享', '营业时间：周一至周六 07:30–17:30；周日休息'],
    },
    { name: 'my-coupons', url: '/packages/coupon/mine/index', ready: ['可使用 1', '满200减30'] },
    { name: 'coupon-merchants', url: '/packages/coupon/merchants/index', ready: ['张郭农资服务站（示例）'] },
    { name: 'coupon-merchant', url: '/packages/coupon/merchant/index?id=u_m0201', ready: ['本店优惠（3）'] },
    { name: 'branches', url: '/packages/counter/branches/index', ready: ['陈堡支行（示例）'] },
    { name: 'branch', url: `/packages/counter/branch/index?id=${branchId}`, ready: ['可预约业务'] },
    {
      name: 'book',
      url: `/packages/counter/book/index?branchId=${branchId}&serviceId=large-cash-withdrawal`,
      ready: ['选择时段'],
    },
    { name: 'bookings', url: '/packages/counter/bookings/index', ready: [`预约号 ${booked.body.number}`] },
    {
      name: 'booking',
      url: `/packages/counter/booking/index?id=${booked.body.id}`,
      ready: [`预约号 ${booked.body.number}`],
    },
    { name: 'products', url: '/packages/counter/products/index', ready: ['家庭备用金'] },
    {
      name: 'product',
      url: '/packages/counter/product/index?id=pd_time_deposit',
      ready: ['定期存款/大额存单'],
    },
    {
      name: 'loan-calculator',
      url: '/packages/loan/calculator/index',
      ready: ['输入金额、期限和利率，查看每期还款和利息总额。'],
      then: async (page) => {
        // With a result: the figures and the schedule.
        await page.locator('input[name=amount]').filter({ visible: true }).fill('100000')
        await page.locator('input[name=apr]').filter({ visible: true }).fill('4.35')
        await tap(button(page, '计算'))
        await text(page, '年化利率（单利）4.35%').waitFor()
      },
    },
    { name: 'loan-home', url: '/packages/loan/home/index', ready: ['随时可还，不收违约金', /可用额度/] },
    {
      name: 'drawdown',
      url: '/packages/loan/drawdown/index',
      ready: ['借款金额（元）'],
      then: async (page) => {
        // With the schedule that would follow, all of it.
        await page.locator('input[name=amount]').filter({ visible: true }).fill('10000')
        await page.locator('input[name=term]').filter({ visible: true }).fill('12')
        await tap(button(page, /^查看全部 12 期还款计划/))
        await text(page, '收起还款计划').waitFor()
      },
    },
    { name: 'loans', url: '/packages/loan/loans/index', ready: ['借款 ¥20,000.00'] },
    { name: 'loan', url: `/packages/loan/loan/index?id=${loan.id}`, ready: ['还款计划'] },
    { name: 'messages', url: '/packages/inbox/messages/index', ready: ['放款成功'] },
    { name: 'login', url: '/packages/auth/login/index', ready: ['登录云柜台'] },
  ]
  staffPages = [
    {
      name: 'staff-home',
      url: '/pages/home/index',
      ready: ['员工工作台'],
      oneLine: [
        '预约签到',
        '转介客户',
        '创建活动',
        '活动签到',
        '我的推广',
        '每日通报',
        '网点信息',
        '消息中心',
      ],
    },
    { name: 'staff-check-in', url: '/packages/staff/check-in/index', ready: ['今日预约'] },
    {
      name: 'staff-create-event',
      url: '/packages/event/create/index',
      ready: ['整村授信宣讲会', '发布活动'],
    },
    { name: 'staff-event-check-in', url: '/packages/event/check-in/index', ready: ['确认签到'] },
    // Open or not yet open, depending on where other files left the bank's clock.
    {
      name: 'staff-venue-code',
      url: `/packages/event/venue-code/index?id=${meetUp.id}`,
      ready: [/二维码每分钟自动更新|签到将于/],
    },
    { name: 'my-campaign', url: '/packages/campaign/mine/index', ready: ['我的推广链接', '近期活动'] },
    {
      name: 'campaign-share',
      url: `/packages/campaign/share/index?kind=event&id=${meetUp.id}`,
      ready: ['您的专属链接'],
      then: async (page) => {
        await tap(button(page, '生成海报'))
        await currentPage(page).getByRole('img', { name: '邀请海报' }).waitFor()
      },
    },
    // 张伟's seeded link, with figures over ten days and a level-2 sign-up.
    {
      name: 'campaign-stats',
      url: '/packages/campaign/stats/index?code=ZWDNSHAXH2',
      ready: ['带来的客户'],
      then: async (page) => {
        await tap(button(page, '近30天'))
        await text(page, /TA 带来的/).waitFor()
      },
    },
    {
      name: 'branch-bulletin',
      url: '/packages/campaign/bulletin/index',
      ready: ['合计'],
      // A day before today: both steps show, the widest the stepper gets.
      then: async (page) => {
        await tap(button(page, '前一天'))
        await text(page, '后一天').waitFor()
      },
    },
  ]
}, 90_000)

/** Turns elder mode on with its switch on 我的, as a person would. */
async function turnOnElderMode(page: Page): Promise<void> {
  await openAt(page, '/#/pages/me/index')
  const elderSwitch = page.getByRole('checkbox', { name: '长辈模式' })
  await elderSwitch.waitFor()
  if (!(await elderSwitch.isChecked())) await elderSwitch.tap()
  await page.waitForFunction(
    (px) =>
      [...document.querySelectorAll('[role="main"]')].some(
        (main) => main.checkVisibility() && parseFloat(getComputedStyle(main).fontSize) >= px,
      ),
    ELDER_MIN_TEXT_PX,
  )
}

/** Opens each page, then at each width saves a screenshot and lists what is laid out wrong. */
async function checkPages(page: Page, visits: Visit[], mode: 'standard' | 'elder'): Promise<string[]> {
  const offenders: string[] = []
  for (const visit of visits) {
    await page.setViewportSize({ width: WIDTHS[0], height: 812 })
    await openAt(page, `/#${visit.url}`)
    for (const ready of visit.ready) {
      const found =
        typeof ready === 'string'
          ? currentPage(page).getByText(ready, { exact: true })
          : currentPage(page).getByText(ready)
      await found.filter({ visible: true }).first().waitFor()
    }
    await visit.then?.(page)
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 812 })
      await nextFrames(page)
      const where = `layout-${visit.name}-${mode}-${width}`
      await screenshotWholePage(page, where)
      for (const problem of await overflowingText(page)) offenders.push(`${where}: ${problem}`)
      if (mode === 'elder')
        for (const small of await textSmallerThan(page, ELDER_MIN_TEXT_PX))
          offenders.push(`${where}: below ${ELDER_MIN_TEXT_PX}px: ${small}`)
      for (const label of visit.oneLine ?? []) {
        const shortcut = currentPage(page).getByRole('button', { name: label, exact: true })
        const lines = await renderedLines(shortcut.getByText(label, { exact: true }))
        if (lines !== 1) offenders.push(`${where}: shortcut "${label}" takes ${lines} lines`)
      }
      if (visit.url.startsWith('/pages/')) {
        for (const label of ['首页', '优惠', '活动', '我的']) {
          const lines = await renderedLines(tab(page, label).getByText(label, { exact: true }))
          if (lines !== 1) offenders.push(`${where}: tab "${label}" takes ${lines} lines`)
        }
      }
    }
  }
  return offenders
}

test.each(['standard', 'elder'] as const)(
  '%s mode, at 375 and 320 px: no text cut off, spilling over or off the screen; labels whole',
  async (mode) => {
    if (mode === 'elder')
      await Promise.all([
        turnOnElderMode(customerPage),
        turnOnElderMode(staffPage),
        turnOnElderMode(eventPage),
      ])
    const offenders = [
      ...(await checkPages(customerPage, customerPages, mode)),
      ...(await checkPages(eventPage, eventPages, mode)),
      ...(await checkPages(staffPage, staffPages, mode)),
    ]
    expect(offenders).toEqual([])
  },
)
