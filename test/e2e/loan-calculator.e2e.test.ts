// Anyone, without logging in, can see what a loan would cost: exact schedule, total interest, APR first.
import { buildSchedule } from '@/utils/loan-schedule'
import { formatFen } from '@/utils/money'
import { checkA11y, newPhonePage } from './support/browser'
import { acceptPrivacy, button, currentPage, tap, text } from './support/ui'

test('the calculator refuses bad input at the field, keeps it, and shows the exact schedule', async () => {
  const page = await newPhonePage()
  await page.goto('/')
  await acceptPrivacy(page)
  await text(page, '贷款计算').click()
  await text(page, '输入金额、期限和利率，查看每期还款和利息总额。').waitFor()

  await page.locator('input[name=amount]').fill('50050')
  await tap(button(page, '计算'))
  await text(page, '借款金额须为100元的整数倍').waitFor()
  expect(await page.locator('input[name=amount]').inputValue()).toBe('50050')

  await page.locator('input[name=amount]').fill('100000')
  await page.locator('input[name=apr]').fill('4.35')
  await tap(button(page, '等额本金'))
  await tap(button(page, '计算'))
  await text(page, '年化利率（单利）4.35%').waitFor()

  const start = await page.evaluate(() => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10))
  const expected = buildSchedule({
    principalFen: 10_000_000,
    termMonths: 12,
    aprBp: 435,
    method: 'equal-principal',
    startDate: start,
  })
  await text(page, `¥${formatFen(expected.instalments[0].paymentFen)}`).waitFor()
  await text(page, `¥${formatFen(expected.totalInterestFen)}`).waitFor()
  // The heading row and the 12 instalments.
  expect(await currentPage(page).getByRole('table', { name: '还款计划' }).getByRole('row').count()).toBe(13)
  await checkA11y(page, 'loan calculator')
})
