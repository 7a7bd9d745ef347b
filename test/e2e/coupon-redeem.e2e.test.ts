// A coupon at the till: the customer shows it, the merchant (another phone) reads its QR, types its
// code and the order amount and redeems it; the customer's coupon turns 已使用; the merchant's records
// show the day and reverse it. The QR on the customer's screen decodes to a token the bank accepts.
import type { CouponLookupResult } from '@/contract/redemptions'
import { bankUser } from './support/bank-api'
import { checkA11y, newPhonePage, screenshot } from './support/browser'
import { phoneLoggedIn } from './support/journeys'
import { decodeQrPng } from './support/qr-decode'
import { button, currentPage, modalButton, openAt, tap, text } from './support/ui'

const customerPhone = '13900000003'
const shopPhone = '13900000201' // 戴南好邻居超市（示例）

test('a merchant redeems the code a customer shows, and the customer sees 已使用', async () => {
  const page = await phoneLoggedIn(customerPhone)
  // A batch for 种植大户 says so before any tap: this customer has no such tag at the bank.
  await openAt(page, '/#/packages/coupon/batch/index?id=cb_zhangguo_agri_500_50')
  await text(page, /种植大户专享，您暂不符合领取条件/).waitFor()
  await button(page, '暂不可领').waitFor()

  // The customer claims the supermarket's 满100减20 and opens it from 我的券.
  await openAt(page, '/#/packages/coupon/batch/index?id=cb_dainan_100_20')
  await tap(button(page, '立即领取'))
  await tap(button(page, '查看我的券，到店出示使用'))
  await tap(currentPage(page).getByRole('button', { name: /^满100减20，戴南好邻居超市（示例），可使用/ }))

  // The pass: a QR, the 12-digit code grouped 4-4-4, and what it is for.
  const code = currentPage(page).getByText(/^\d{4} \d{4} \d{4}$/)
  await code.waitFor()
  await text(page, '满100减20').first().waitFor()
  await text(page, /截图无效/).waitFor()
  await screenshot(page, 'coupon-pass')
  await checkA11y(page, 'coupon pass')

  // The QR on screen decodes to a token the bank accepts at this shop.
  const qr = await currentPage(page).getByRole('img', { name: '优惠券核销二维码' }).screenshot()
  const token = await decodeQrPng(qr)
  expect(token).toMatch(/^CC1\.C\./)
  const shopApi = await bankUser(shopPhone)
  const looked = await shopApi.post<CouponLookupResult>('/merchant/coupon-lookups', { token })
  expect([looked.status, looked.body.coupon.ruleText]).toEqual([200, '满100减20'])

  // The merchant, on their own phone, types the code read off the customer's screen.
  const till = await phoneLoggedIn(shopPhone, await newPhonePage())
  await tap(text(till, '扫码核销'))
  const codeInput = currentPage(till).locator('input[name=redeemCode]')
  await codeInput.fill('1234 5678 9012')
  await tap(button(till, '查询'))
  await text(till, '券码有误，请逐位核对后重新输入').waitFor()
  await codeInput.fill(await code.innerText())
  await tap(button(till, '查询'))
  await text(till, '顾客优惠券').waitFor()
  await text(till, '满100.00元').waitFor()
  const amount = currentPage(till).locator('input[name=orderAmount]')
  await amount.fill('88')
  await tap(button(till, '确认核销'))
  await text(till, '订单金额未满100.00元，不能使用此券').waitFor()
  await amount.fill('128.50')
  await tap(button(till, '确认核销'))
  await text(till, '✓ 核销成功').waitFor()
  await text(till, '¥108.50').waitFor() // what the customer pays
  await screenshot(till, 'merchant-redeemed')
  await checkA11y(till, 'merchant redeemed')

  // The customer's page, still open, turns 已使用 by itself within seconds.
  await text(page, '已使用').first().waitFor({ timeout: 15_000 })
  await text(page, '戴南好邻居超市（示例）').first().waitFor()
  await text(page, '¥128.50').waitFor()

  // The merchant's records: today's total, the statement, and a reversal that gives the coupon back.
  await till.goBack()
  await tap(text(till, '核销记录'))
  await text(till, /^今天 /).waitFor()
  await tap(text(till, /^今天 /))
  await text(till, '优惠金额（银行结算）').waitFor()
  const download = till.waitForEvent('download')
  await tap(button(till, '下载CSV'))
  const csv = await (await download).createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of csv) chunks.push(chunk as Buffer)
  const lines = Buffer.concat(chunks).toString('utf8').split('\r\n')
  expect(lines[0]).toBe('\uFEFF核销时间,流水号,优惠券,规则,顾客,订单金额(元),优惠金额(元),状态')
  expect(lines.some((line) => line.includes(',满100减20,') && line.endsWith(',128.50,20.00,已核销'))).toBe(
    true,
  )
  await tap(button(till, '撤销核销').last())
  await tap(modalButton(till, '撤销'))
  await text(till, '已撤销').last().waitFor()
  await page.reload()
  await text(page, '可使用').waitFor()
})
