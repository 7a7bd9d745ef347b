// 商户入驻 and promo QR codes in the browser: a shop applies with a credit code whose check character
// fails (warned, still sent, followed in 我的转介); printed promo links that lead nowhere land on a
// friendly page; a good one is counted, and the merchant's own QR code decodes to its link.
import type { Page } from 'playwright-core'
import { checkA11y, newPhonePage, screenshot } from './support/browser'
import { phoneLoggedIn } from './support/journeys'
import { decodeQrScreenshot } from './support/qr-decode'
import { button, currentPage, tap, text } from './support/ui'

const applicant = '13700001101' // a new customer: nobody else's test has an application open for them
const merchant = '13900000201' // 戴南好邻居超市（示例）, promo code P7KD2MXQ

const field = (page: Page, name: string) => currentPage(page).locator(`input[name=${name}]`)

test('a shop applies with a code that fails its check: warned, still sent, and followed in 我的转介', async () => {
  const page = await phoneLoggedIn(applicant)
  await tap(button(page, '商户入驻'))
  await button(page, '提交入驻申请').waitFor()

  await field(page, 'shopName').fill('戴南某某五金（示例）')
  await field(page, 'creditCode').fill('92321281ma1n2qx79k')
  // Typed in lower case; the check character is wrong: a warning under the field, not a refusal.
  await text(
    page,
    '代码最后一位（校验位）与前17位对不上，请对照营业执照逐位核对；确认无误也可提交，客户经理将人工核验',
  ).waitFor()
  await field(page, 'address').fill('兴化市戴南镇兴达路 8 号')
  await field(page, 'contactName').fill('赵小明')
  await field(page, 'contactPhone').fill('1380000')
  await tap(button(page, '超市'))
  await tap(button(page, '戴南支行（示例）'))

  // A refusal sits at its field and nothing typed is lost.
  await tap(button(page, '提交入驻申请'))
  await text(page, '请填写11位手机号').waitFor()
  expect(await field(page, 'shopName').inputValue()).toBe('戴南某某五金（示例）')
  await screenshot(page, 'merchant-apply-refused')
  await checkA11y(page, 'merchant apply form')

  await field(page, 'contactPhone').fill('13800001234')
  await tap(button(page, '提交入驻申请'))
  await text(page, '入驻申请已提交').waitFor()
  await text(page, '统一社会信用代码校验位不符，已转客户经理人工核验').waitFor()
  await tap(button(page, '我的转介'))
  await text(page, '商户收单').waitFor()
  await screenshot(page, 'merchant-apply-referrals')
})

test('a bad, malformed or expired promo link lands on the friendly page; a good one is counted', async () => {
  const page = await newPhonePage()
  for (const [path, detail] of [
    ['/p/ZZZZ', '二维码可能已过期或无法识别，看看附近的优惠吧'],
    ['/p/ZZZZ2222', '二维码可能已过期或无法识别，看看附近的优惠吧'],
    ['/p/%E0%A4%A', '二维码可能已过期或无法识别，看看附近的优惠吧'],
    ['/p/K3WQ8ZTA/', '这张二维码已过期，看看附近的其他优惠吧'],
  ]) {
    await page.goto(path)
    await text(page, '没有找到这家商户').waitFor()
    await text(page, detail).waitFor()
    await button(page, '去领券').waitFor()
    await button(page, '回首页').waitFor()
    expect(await button(page, '重试').count()).toBe(0)
  }
  await screenshot(page, 'promo-fallback')
  await checkA11y(page, 'promo fallback')
  await tap(button(page, '回首页'))
  await text(page, '云柜台').waitFor()

  // A good link leaves the landing page for the merchant, and the visit is counted (next test).
  await page.goto('/p/P7KD2MXQ')
  await page.waitForURL((url) => url.hash.includes('packages/coupon/merchant/index?id=u_m0201'))
  await text(page, '戴南好邻居超市（示例）').first().waitFor()
  expect(await page.getByText('没有找到这家商户').count()).toBe(0)
})

test("a merchant's promo code page shows a QR code that decodes to its link, and today's visitor", async () => {
  const page = await phoneLoggedIn(merchant)
  await tap(button(page, '推广码'))
  await text(page, '推广码 P7KD2MXQ').waitFor()
  const link = 'http://127.0.0.1:10086/p/P7KD2MXQ'
  await text(page, link).waitFor()
  const qr = currentPage(page).getByRole('img', { name: '推广二维码 P7KD2MXQ' })
  expect(await decodeQrScreenshot(qr)).toBe(link)
  await text(page, /^[1-9]\d* 人$/).waitFor()
  await screenshot(page, 'merchant-promo-code')
  await checkA11y(page, 'merchant promo code')
})
