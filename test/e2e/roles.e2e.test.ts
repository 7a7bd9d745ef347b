// Merchants and staff are not customers: each gets a home that fits, is never offered what only a
// customer may do, and never loops back to a login page it has passed. A manager hears of a referral
// assigned to them the moment it is made.
import { bankUser } from './support/bank-api'
import { checkA11y, screenshot } from './support/browser'
import { currentPage, openAt, text } from './support/ui'
import { phoneLoggedIn } from './support/journeys'

const CUSTOMER_ONLY = ['预约办理', '我的预约', '产品转介', '我的贷款', '测一测我的额度', '立即申请']

test('a merchant gets a merchant home; 阳光e贷 explains instead of sending them to log in again', async () => {
  const page = await phoneLoggedIn('13900000202')
  await text(page, '商户服务').waitFor()
  await text(page, '合作商户').waitFor()
  const home = await currentPage(page).innerText()
  for (const entry of CUSTOMER_ONLY) expect([entry, home.includes(entry)]).toEqual([entry, false])
  await checkA11y(page, 'merchant home')
  await screenshot(page, 'merchant-home')

  await openAt(page, '/#/packages/loan/home/index')
  await text(page, /阳光e贷面向个人客户。您当前以合作商户身份登录/).waitFor()
  expect(await page.locator('body').innerText()).not.toContain('登录后测一测我的额度')
})

test('a manager is told of a referral at once, opens it from the message, and staff are not offered customer requests', async () => {
  const customer = await bankUser('13900000005')
  const created = await customer.post<{ id: string }>('/referrals', {
    productId: 'pd_family_reserve',
    town: '戴南镇',
    preferredTime: 'afternoon',
  })
  expect(created.status).toBe(201)

  const staff = await phoneLoggedIn('13900000101')
  await text(staff, '员工工作台').waitFor()
  const home = await currentPage(staff).innerText()
  for (const entry of CUSTOMER_ONLY) expect([entry, home.includes(entry)]).toEqual([entry, false])
  await text(staff, '消息中心').click()
  const message = currentPage(staff).getByRole('button').filter({ hasText: '新的转介客户' }).first()
  await message.waitFor()
  expect(await message.innerText()).toContain('想了解「家庭备用金」（戴南镇），希望下午联系')
  await message.click()
  await text(staff, /拨打 13900000005/).waitFor()

  // The product page shows staff the product, not a customer's "call me" form or application.
  await openAt(staff, '/#/packages/counter/product/index?id=pd_sunshine_loan')
  await text(staff, /年化利率（单利）/).waitFor()
  const product = await currentPage(staff).innerText()
  expect(product).not.toContain('请客户经理联系我')
  expect(product).not.toContain('在线申请')
})
