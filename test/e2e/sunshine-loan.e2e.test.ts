// Sunshine e-loan (阳光e贷) as villagers meet it: from the home page to money in the account, an
// application resumed after a reload, and a decline that offers a customer manager instead.
import type { Page } from 'playwright-core'
import type { LoanApplication } from '@/contract/loans'
import { SEED_REGION, SEED_WHITELIST } from '../../mock/seed/households'
import { isValidCardNumber } from '@/utils/bank-card'
import { makeIdNumber } from '@/utils/id-number'
import { bankUser } from './support/bank-api'
import { readyApplicationOverApi } from './support/loan-api'
import { advanceMockClock, expireMockSessions, readSmsCode } from './support/mock-process'
import { checkA11y, screenshot } from './support/browser'
import { mockUrl } from './support/servers'
import { button, currentPage, logInOnLoginPage, openAt, row, tab, tap, text } from './support/ui'
import { phoneLoggedIn } from './support/journeys'

/** The rows of the repayment schedule (a table named 还款计划) on the page on screen. */
const repaymentRows = (page: Page) =>
  currentPage(page).getByRole('table', { name: '还款计划' }).getByRole('row')

/** A card number with a right Luhn check digit (and, with `wrong`, one with a wrong one). */
function cardNumber(body: string, wrong = false): string {
  const digit = [...'0123456789'].find((d) => isValidCardNumber(body + d)) as string
  return body + (wrong ? String((Number(digit) + 1) % 10) : digit)
}

/** Opens an authorisation in the reader. */
async function openDocument(page: Page, title: string): Promise<void> {
  await tap(row(page, title))
  await button(page, /^(请先阅读全文|我已阅读并同意)$/).waitFor()
}

/** The reader's scrolling text (set by the app), while a document is open. */
const documentText = (page: Page) => currentPage(page).getByTestId('document-scroll')

/** Reads an authorisation to its end in the reader and agrees to it (the last one moves on to the face check). */
async function readAndAgree(page: Page, title: string, alreadyOpen = false): Promise<void> {
  if (!alreadyOpen) await openDocument(page, title)
  await documentText(page).evaluate((frame) => {
    // Whichever of the frame and the elements inside it scrolls (is taller inside than it shows) goes to the end.
    const scroller =
      [frame, ...frame.querySelectorAll('*')].find(
        (el) => el.scrollHeight > el.clientHeight && /auto|scroll/.test(getComputedStyle(el).overflowY),
      ) ?? frame
    scroller.scrollTop = scroller.scrollHeight
    scroller.dispatchEvent(new Event('scroll'))
  })
  await tap(button(page, '我已阅读并同意'))
  await documentText(page).waitFor({ state: 'hidden' })
}

/** The card step's code, texted to the card's reserved phone, typed and confirmed. */
async function confirmCardCode(page: Page, reservedPhone: string) {
  const masked = `${reservedPhone.slice(0, 3)}****${reservedPhone.slice(-4)}`
  await text(page, `验证码已发送至 银行预留手机号 ${masked}，5分钟内有效`).waitFor()
  await page.locator('input[name=smsCode]').fill(await readSmsCode(mockUrl(), reservedPhone))
  await tap(button(page, '确认绑定'))
}

/** Card, the three authorisations and the face check, over the API: the steps before the form. */
async function prepareApplicationOverApi(phone: string, name: string, idNumber: string, card?: string) {
  const customer = await bankUser(phone)
  expect((await customer.post('/me/real-name', { name, idNumber })).status).toBe(200)
  await readyApplicationOverApi(customer, phone, card)
  // The UI logs the same phone in next: let the 60 s SMS window pass on the mock's clock.
  await advanceMockClock(mockUrl(), 61)
  return customer
}

test('a whitelisted villager goes from the home page to money in the account, and finds the schedule in 我的贷款', async () => {
  const household = SEED_WHITELIST.find((h) => h.name === '赵志强')!
  const page = await phoneLoggedIn('13900000301')

  // Not real-name yet: the home page offers 测一测; the application asks for real name first.
  await text(page, '测一测我的额度 ›').click()
  await tap(button(page, '测一测我的额度'))
  await text(page, '请先完成实名认证').waitFor()
  await tap(button(page, '去实名认证'))
  await page.locator('input[name=name]').fill(household.name)
  await page.locator('input[name=idNumber]').fill(household.idNumber)
  await tap(button(page, '提交认证'))
  // A household on the credit list: the code goes to the phone the bank holds for it, not this one.
  await text(page, `验证码已发送至 ${household.phone.slice(0, 3)}****${household.phone.slice(-4)}`).waitFor()
  await page.locator('input[name=smsCode]').fill(await readSmsCode(mockUrl(), household.phone))
  await tap(button(page, '验证并认证'))

  // Back on the application: the disbursement card, refused at the field when the check digit is wrong.
  const card = page.locator('input[name=cardNumber]')
  await card.waitFor()
  await card.fill(cardNumber('622848000000000', true))
  await tap(button(page, '下一步'))
  await text(page, '银行卡号有误，请核对后重新输入').waitFor()
  await card.fill(cardNumber('622848000000000'))
  await tap(button(page, '下一步'))
  // The fourth factor: a code to the phone the card's bank holds (for a card outside the sample
  // records, the phone this customer logs in with).
  await confirmCardCode(page, '13900000301')

  // Authorisations: nothing agreed in advance, "agree" only after reading to the end.
  await text(page, '《征信查询授权书》').waitFor()
  await checkA11y(page, 'loan authorisations')
  await screenshot(page, 'loan-authorisations')
  await openDocument(page, '《征信查询授权书》')
  expect(
    await currentPage(page).getByRole('button', { name: '请先阅读全文' }).getAttribute('aria-disabled'),
  ).toBe('true')
  await readAndAgree(page, '《征信查询授权书》', true)
  for (const title of ['《个人信息处理授权书》', '《人脸识别及生物识别信息处理授权书》'])
    await readAndAgree(page, title)

  // Face check: plainly marked as simulated.
  await text(page, /演示环境：本步骤为模拟人脸识别/).waitFor()
  await tap(button(page, '开始人脸识别'))

  // The application: above the pre-approved limit is refused at the field, and nothing typed is lost.
  await page.locator('input[name=income]').waitFor()
  await tap(button(page, '种养殖大户'))
  await page.locator('input[name=income]').fill('200000')
  await tap(button(page, '种植'))
  await page.locator('input[name=amount]').fill('90000')
  await page.locator('input[name=term]').fill('12')
  await tap(button(page, '提交申请'))
  await text(page, '借款金额不能超过可用额度80,000元').waitFor()
  expect(await page.locator('input[name=income]').inputValue()).toBe('200000')
  await page.locator('input[name=amount]').fill('60000')
  await tap(button(page, '提交申请'))

  // The decision runs in stages, then the approval leads with its APR.
  await text(page, '正在审批，通常只需几秒').waitFor()
  await text(page, '审批通过').waitFor({ timeout: 15_000 })
  await text(page, '年化利率（单利）4.20%').waitFor()
  await checkA11y(page, 'loan approval')
  await screenshot(page, 'loan-approval')
  await tap(button(page, '查看并签署借款合同'))

  // The contract, signed with an SMS code.
  await text(page, '阳光e贷个人借款合同').waitFor()
  await tap(button(page, '获取验证码'))
  await text(page, /验证码已发送至/).waitFor()
  await page.locator('input[name=smsCode]').fill(await readSmsCode(mockUrl(), '13900000301'))
  await tap(button(page, '确认签署'))

  // Drawdown: the whole schedule, total interest and APR before confirming.
  await text(page, '阳光e贷 · 可用额度').waitFor()
  await page.locator('input[name=amount]').fill('30000')
  await text(page, '年化利率（单利）4.20%').waitFor()
  await text(page, /利息总额 ¥/).waitFor()
  await checkA11y(page, 'loan drawdown')
  await screenshot(page, 'loan-drawdown')
  await tap(button(page, '获取验证码'))
  await text(page, /验证码已发送至/).waitFor()
  await page.locator('input[name=smsCode]').fill(await readSmsCode(mockUrl(), '13900000301'))
  await tap(button(page, '确认借款'))
  await text(page, '放款成功，资金已到账').waitFor()
  await text(page, /从申请到放款用时/).waitFor()
  await screenshot(page, 'loan-funded')

  // 我的贷款: the limit card and the loan, with its 12 instalments.
  await tap(button(page, '查看还款计划'))
  // Nothing to pay by hand: the card is debited on the due date.
  await text(page, /^第1期 ¥[\d,.]+，将于\d{4}-\d{2}-\d{2}从尾号\d{4}的卡自动扣款$/).waitFor()
  // Home and 我的 follow the loan: what is left to borrow and what is due next, no more "立即申请".
  await openAt(page, '/#/pages/home/index')
  await text(page, '阳光e贷 · 可用额度').waitFor()
  await text(page, '¥50,000.00').waitFor()
  await text(page, /^\d+月\d+日应还 ¥/).waitFor()
  expect(await page.locator('body').innerText()).not.toContain('立即申请')
  await screenshot(page, 'home-with-loan')
  await tab(page, '我的').click()
  await currentPage(page)
    .getByText(/^\d+月\d+日应还 ¥/)
    .waitFor()
  await openAt(page, '/#/packages/loan/loans/index')
  await text(page, '总额度 ¥80,000.00').waitFor()
  await text(page, '已用 ¥30,000.00').waitFor()
  await text(page, '借款 ¥30,000.00').click()
  await text(page, '还款计划').waitFor()
  expect(await repaymentRows(page).count()).toBe(13) // the heading row and 12 instalments
  await checkA11y(page, 'loan detail')
  await screenshot(page, 'loan-detail')
})

test('an application interrupted by reloads, another device or an expired session resumes at its step, as typed', async () => {
  const phone = '13900000302'
  const customer = await bankUser(phone)
  const bound = await customer.post('/me/real-name', {
    name: '钱多多',
    idNumber: makeIdNumber(SEED_REGION, '19900101', '123'),
  })
  expect(bound.status).toBe(200)
  await advanceMockClock(mockUrl(), 61)
  const page = await phoneLoggedIn(phone)
  await openAt(page, '/#/packages/loan/apply/index')
  await page.locator('input[name=cardNumber]').fill(cardNumber('621098000000555'))
  await tap(button(page, '下一步'))
  await confirmCardCode(page, phone)
  await text(page, '《征信查询授权书》').waitFor()
  await readAndAgree(page, '《征信查询授权书》')

  await page.reload()
  await text(page, '《个人信息处理授权书》').waitFor()
  // The row that shows 《征信查询授权书》, and neither of the other two, says 已同意.
  await currentPage(page)
    .locator('*')
    .filter({ hasText: '《征信查询授权书》' })
    .filter({ hasNotText: /《(个人信息处理|人脸识别及生物识别信息处理)授权书》/ })
    .filter({ hasText: '已同意' })
    .first()
    .waitFor()
  await readAndAgree(page, '《个人信息处理授权书》')
  await readAndAgree(page, '《人脸识别及生物识别信息处理授权书》')
  await tap(button(page, '开始人脸识别'))

  await page.locator('input[name=income]').waitFor()
  await page.locator('input[name=income]').fill('120000')
  await tap(button(page, '养殖'))
  await page.locator('input[name=amount]').fill('50000')
  // Reloaded before the draft reached the bank: the device's copy brings it back.
  await page.reload()
  await page.locator('input[name=income]').waitFor()
  expect(await page.locator('input[name=amount]').inputValue()).toBe('50000')
  expect(await page.locator('input[name=income]').inputValue()).toBe('120000')
  await text(page, '草稿已保存').waitFor({ timeout: 10_000 })

  // A new device (nothing stored locally) gets the bank's copy of the draft.
  // The session expires while the villager keeps typing: the draft's save meets a 401, the login page
  // opens over the form, and after logging in the form is as typed and its draft reaches the bank.
  await expireMockSessions(mockUrl(), phone)
  await advanceMockClock(mockUrl(), 61)
  await page.locator('input[name=term]').fill('24')
  await text(page, '登录已过期，请重新登录。登录后将回到刚才的页面继续。').waitFor()
  await logInOnLoginPage(page, phone)
  await page.locator('input[name=income]').filter({ visible: true }).waitFor()
  expect(await page.locator('input[name=term]').inputValue()).toBe('24')
  expect(await page.locator('input[name=amount]').inputValue()).toBe('50000')
  await advanceMockClock(mockUrl(), 61)
  const reader = await bankUser(phone)
  const draftTerm = async () =>
    (await reader.get<{ application: LoanApplication }>('/loan/overview')).body.application.draft?.fields.term
  for (let tries = 0; tries < 20 && (await draftTerm()) !== '24'; tries++) await page.waitForTimeout(500)
  expect(await draftTerm()).toBe('24')

  const fresh = await page.context().newPage()
  await openAt(fresh, '/#/packages/loan/apply/index')
  await fresh.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('cc.loan-draft.'))
      .forEach((k) => localStorage.removeItem(k)),
  )
  await fresh.reload()
  await fresh.locator('input[name=income]').waitFor()
  expect(await fresh.locator('input[name=income]').inputValue()).toBe('120000')
  expect(await fresh.locator('input[name=amount]').inputValue()).toBe('50000')
  expect(await fresh.locator('input[name=term]').inputValue()).toBe('24')
  await fresh.close()
})

test('a low-income villager without a pre-approval is declined with the reason, a date, and a manager to talk to', async () => {
  const phone = '13900000303'
  await prepareApplicationOverApi(phone, '孙小明', makeIdNumber(SEED_REGION, '19951212', '246'))
  const page = await phoneLoggedIn(phone)
  // Home knows the application is under way and leads straight back into it.
  await text(page, '您有一笔申请尚未完成').waitFor()
  await text(page, '继续申请 ›').click()
  await page.locator('input[name=income]').waitFor()
  await tap(button(page, '普通农户'))
  await page.locator('input[name=income]').fill('20000')
  await tap(button(page, '家庭消费'))
  await page.locator('input[name=amount]').fill('10000')
  await tap(button(page, '提交申请'))
  await text(page, '很抱歉，本次申请未通过').waitFor({ timeout: 15_000 })
  await text(page, /年收入低于3万元/).waitFor()
  await text(page, /^自 \d{4}年\d{1,2}月\d{1,2}日 起可重新申请。$/).waitFor()
  await checkA11y(page, 'loan decline')
  await screenshot(page, 'loan-decline')
  await tap(button(page, '请客户经理联系我'))
  await tap(button(page, '戴南镇'))
  await tap(button(page, '请客户经理联系我', { last: true })) // the form's, below its heading
  await text(page, '当前状态').waitFor()
  await text(page, '阳光e贷').waitFor()
})

test('a borrower whose card could not be debited repays the overdue instalment with its penalty, then the rest early, with SMS codes', async () => {
  const phone = '13900000304'
  // The bank's sample card whose balance never covers an instalment.
  const customer = await prepareApplicationOverApi(
    phone,
    '周小燕',
    makeIdNumber(SEED_REGION, '19870707', '358'),
    '6222020000000000885',
  )
  const { body: open } = await customer.get<{ application: LoanApplication }>('/loan/overview')
  const id = open.application.id
  const submitted = await customer.post(`/loan/applications/${id}/submit`, {
    borrowerType: 'individual-business',
    annualIncomeFen: 20_000_000,
    purpose: 'business',
    amountFen: 5_000_000,
    termMonths: 6,
  })
  expect(submitted.status).toBe(202)
  await advanceMockClock(mockUrl(), 5)
  const { body: contract } = await customer.get<{ version: string }>(`/loan/applications/${id}/contract`)
  expect((await customer.post(`/loan/applications/${id}/sign-code`)).status).toBe(202)
  const signed = await customer.post(`/loan/applications/${id}/sign`, {
    contractVersion: contract.version,
    smsCode: await readSmsCode(mockUrl(), phone),
  })
  expect(signed.status).toBe(200)
  expect((await customer.post('/loan/drawdown-code')).status).toBe(202)
  const drawn = await customer.post('/loan/drawdowns', {
    amountFen: 1_200_000,
    termMonths: 6,
    method: 'equal-principal',
    smsCode: await readSmsCode(mockUrl(), phone),
  })
  expect(drawn.status).toBe(201)
  const loanId = (drawn.body as { id: string }).id
  // A month on, the morning debit of the first instalment failed and a day later it is overdue.
  const loan = await customer.get<{ instalments: { dueDate: string }[] }>(`/loans/${loanId}`)
  const dueDate = loan.body.instalments[0].dueDate
  const clock = (await (await fetch(`${mockUrl()}/api/v1/dev/clock`)).json()) as { now: string }
  const nextDay = Date.parse(`${dueDate}T10:00:00+08:00`) + 86_400_000
  await advanceMockClock(mockUrl(), Math.max(61, Math.round((nextDay - Date.parse(clock.now)) / 1000)))

  const page = await phoneLoggedIn(phone)
  await openAt(page, '/#/packages/loan/loans/index')
  await text(page, '借款 ¥12,000.00').click()
  await text(page, /^第1期 · .+ · 已逾期 · 应还 ¥[\d,.]+（含罚息 ¥[\d,.]+）$/).waitFor()
  // Equal principal: 2,000 yuan of principal each month; the debit is confirmed with a code.
  await tap(button(page, /^归还第1期/))
  await text(page, /^本金 ¥2,000\.00，利息 ¥[\d,.]+，罚息 ¥[\d,.]+（逾期\d+天）$/).waitFor()
  await tap(button(page, /^确认还款/))
  await text(page, '请输入短信验证码').waitFor()
  await tap(button(page, '获取验证码'))
  await text(page, /验证码已发送至/).waitFor()
  await page.locator('input[name=smsCode]').fill(await readSmsCode(mockUrl(), phone))
  await tap(button(page, /^确认还款/))
  await text(page, /^第2期 ¥[\d,.]+，将于.+自动扣款$/).waitFor()
  await text(page, '剩余本金').waitFor()
  await text(page, '¥10,000.00').waitFor()
  const paid = page.getByRole('cell', { name: '已还', exact: true })
  expect(await repaymentRows(page).filter({ has: paid }).count()).toBe(1)

  await advanceMockClock(mockUrl(), 61) // a new code a minute after the last one
  await tap(button(page, '提前还清'))
  await text(page, /剩余本金 ¥10,000\.00/).waitFor()
  await text(page, /比按期还款少付利息/).waitFor()
  await tap(button(page, '获取验证码'))
  await text(page, /验证码已发送至/).waitFor()
  await page.locator('input[name=smsCode]').fill(await readSmsCode(mockUrl(), phone))
  await screenshot(page, 'loan-early-repayment')
  await tap(button(page, /^确认还款/))
  await text(page, '已结清').waitFor()
  // The schedule shows what was really paid: the settled months as 提前结清, not their interest.
  const settled = page.getByRole('cell', { name: '提前结清', exact: true })
  expect(await repaymentRows(page).filter({ has: settled }).count()).toBe(5)
  await tap(row(page, '结清证明'))
  await text(page, '贷款结清证明').waitFor()
  await text(page, /全部结清/).waitFor()
  await checkA11y(page, 'settlement certificate')
  await screenshot(page, 'loan-certificate')

  // The message centre told the borrower each step; the settlement opens the loan.
  await openAt(page, '/#/packages/inbox/messages/index')
  const message = (title: string) => currentPage(page).getByRole('button').filter({ hasText: title }).first()
  for (const title of ['放款成功', '自动扣款失败', '借款已逾期', '还款成功', '贷款已结清'])
    await message(title).waitFor()
  await message('贷款已结清').click()
  await text(page, '结清证明').waitFor()
})
