import type { ErrorBody } from '@/contract/common'
import type {
  EarlyRepaymentQuoteResult,
  Loan,
  LoanContract,
  LoanListResult,
  LoanOverview,
  SettlementCertificate,
} from '@/contract/loans'
import { buildSchedule, earlyRepaymentQuote } from '@/utils/loan-schedule'
import { logInAs, type QuickSession, bankForEachTest } from '../support/api-app'
import { codeOf, draw, drawLoan, loanClient, signedLine } from '../support/loan-flow'

const WANG = '13900000001'
const bank = bankForEachTest()
let wang: QuickSession
beforeEach(async () => {
  wang = logInAs(bank, WANG)
})

const client = () => loanClient(bank, wang)
const overview = async () => (await client().read('/loan/overview')).json<LoanOverview>()
const loanOf = async (id: string) => (await client().read(`/loans/${id}`)).json<Loan>()
/** Moves the clock by whole days and logs in again (bearer sessions last 7 days). */
const advanceDays = (days: number, seconds = 0) => {
  bank.clock.advanceSeconds(days * 86400 + seconds)
  wang = logInAs(bank, WANG)
}
/** The line's invariant: what is used is exactly the outstanding principal of active loans. */
async function expectLineMatchesLoans() {
  const items = (await client().read('/loans')).json<LoanListResult>().items
  const outstanding = items
    .filter((l) => l.status === 'active')
    .reduce((sum, l) => sum + l.outstandingPrincipalFen, 0)
  const line = (await overview()).creditLine!
  expect(line.usedFen).toBe(outstanding)
  expect(line.availableFen).toBe(line.limitFen - line.usedFen)
  return line
}

const TWENTY_K = { amountFen: 2_000_000, termMonths: 12, method: 'equal-instalment' }

describe('drawdown', () => {
  it('is refused without a signed line, and the code is only sent with one', async () => {
    const li = loanClient(bank, logInAs(bank, '13900000002'))
    expect(codeOf(await li.drawCode())).toBe('NO_CREDIT_LINE')
    const res = await li.draw({ ...TWENTY_K, smsCode: '123456' })
    expect(res.statusCode).toBe(409)
    expect(codeOf(res)).toBe('NO_CREDIT_LINE')
  })

  it('checks amount, term, limit and code, in that order, and uses the code only when it succeeds', async () => {
    const app = await signedLine(bank, wang)
    const c = client()
    expect((await c.drawCode()).statusCode).toBe(202)
    const code = bank.lastCode(WANG)
    const wrong = code === '000000' ? '111111' : '000000'
    const small = await c.draw({ ...TWENTY_K, amountFen: 50_000, termMonths: 2, smsCode: code })
    expect(small.statusCode).toBe(400)
    expect(small.json<ErrorBody>().details?.fields).toEqual([
      { field: 'amountFen', message: '借款金额须在1,000元至200,000元之间' },
      { field: 'termMonths', message: '借款期限须为3至36个月' },
    ])
    const over = await c.draw({ ...TWENTY_K, amountFen: 6_000_000, smsCode: code })
    expect(over.statusCode).toBe(409)
    expect(over.json<ErrorBody>()).toEqual({
      code: 'LIMIT_INSUFFICIENT',
      message: '借款金额不能超过可用额度50,000元',
      details: {
        availableFen: 5_000_000,
        fields: [{ field: 'amountFen', message: '借款金额不能超过可用额度50,000元' }],
      },
    })
    const badCode = await c.draw({ ...TWENTY_K, smsCode: wrong })
    expect(badCode.statusCode).toBe(422)
    expect(badCode.json<ErrorBody>()).toMatchObject({
      code: 'SMS_CODE_WRONG',
      details: { attemptsLeft: 4, fields: [{ field: 'smsCode' }] },
    })
    expect((await overview()).creditLine?.usedFen).toBe(0)

    bank.clock.advanceSeconds(3)
    const drawn = await c.draw({ ...TWENTY_K, smsCode: code })
    expect(drawn.statusCode).toBe(201)
    const loan = drawn.json<Loan>()
    const schedule = buildSchedule({
      principalFen: 2_000_000,
      aprBp: 395,
      termMonths: 12,
      method: 'equal-instalment',
      startDate: '2026-11-20',
    })
    expect(loan).toMatchObject({
      status: 'active',
      contractNumber: app.contractNumber,
      principalFen: 2_000_000,
      outstandingPrincipalFen: 2_000_000,
      aprBp: 395,
      termMonths: 12,
      method: 'equal-instalment',
      startDate: '2026-11-20',
      totalInterestFen: schedule.totalInterestFen,
      totalPaymentFen: schedule.totalPaymentFen,
      interestPaidFen: 0,
      settledAt: null,
      overdueCount: 0,
      card: app.card,
    })
    expect(loan.instalments.map(({ status, paidAt, ...row }) => [row, status, paidAt])).toEqual(
      schedule.instalments.map((row, i) => [row, i === 0 ? 'due' : 'upcoming', null]),
    )
    expect(loan.nextInstalment).toEqual(loan.instalments[0])
    expect(loan.timeline.map((t) => [t.id, t.title])).toEqual([
      ['applied', '提交申请'],
      ['submitted', '资料提交'],
      ['approved', '审批通过'],
      ['signed', '签署合同'],
      ['funded', '放款到账'],
    ])
    // The first loan of a line counts from the application.
    const applied = Date.parse(loan.timeline[0].at)
    expect(loan.secondsToFunds).toBe((Date.parse(loan.drawnAt) - applied) / 1000)
    expect(loan.secondsToFunds).toBeGreaterThanOrEqual(7)

    const line = await expectLineMatchesLoans()
    expect(line).toMatchObject({ usedFen: 2_000_000, availableFen: 3_000_000 })
    expect((await overview()).activeLoans).toBe(1)
    // The code is used up now.
    expect(codeOf(await c.draw({ ...TWENTY_K, smsCode: code }))).toBe('SMS_CODE_NOT_SENT')
  })

  it('the overview names the earliest instalment still to pay, across loans, and says when it is overdue', async () => {
    await signedLine(bank, wang)
    expect((await overview()).nextInstalment).toBeNull()
    const first = await drawLoan(bank, wang, TWENTY_K)
    bank.clock.advanceSeconds(60)
    await drawLoan(bank, wang, { amountFen: 500_000, termMonths: 3, method: 'equal-principal' })
    const due = first.instalments[0]
    expect((await overview()).nextInstalment).toEqual({
      loanId: first.id,
      index: 1,
      dueDate: due.dueDate,
      paymentFen: due.paymentFen,
      overdue: false,
    })
    // A day after the due date, still unpaid: overdue.
    const days =
      Math.round((Date.parse(`${due.dueDate}T00:00:00+08:00`) - bank.clock.now().getTime()) / 86_400_000) + 1
    advanceDays(days)
    expect((await overview()).nextInstalment).toMatchObject({ loanId: first.id, index: 1, overdue: true })
    // Another customer sees none of it.
    const li = loanClient(bank, logInAs(bank, '13900000002'))
    expect((await li.read('/loan/overview')).json<LoanOverview>().nextInstalment).toBeNull()
  })

  it('later drawdowns count from the drawdown code; the list shows active loans first, newest first', async () => {
    await signedLine(bank, wang)
    const first = await drawLoan(bank, wang, TWENTY_K)
    bank.clock.advanceSeconds(60)
    expect((await client().drawCode()).statusCode).toBe(202)
    bank.clock.advanceSeconds(25)
    const second = (
      await client().draw({
        amountFen: 1_000_000,
        termMonths: 6,
        method: 'interest-first',
        smsCode: bank.lastCode(WANG),
      })
    ).json<Loan>()
    expect(second.secondsToFunds).toBe(25)
    expect(second.timeline.map((t) => t.id)).toEqual(['applied', 'submitted', 'approved', 'signed', 'funded'])
    expect(second.instalments.slice(0, 5).every((i) => i.principalFen === 0)).toBe(true)
    const items = (await client().read('/loans')).json<LoanListResult>().items
    expect(items.map((l) => l.id)).toEqual([second.id, first.id])
    expect((await expectLineMatchesLoans()).usedFen).toBe(3_000_000)
    bank.clock.advanceSeconds(60)
    const over = await draw(bank, wang, { ...TWENTY_K, amountFen: 2_500_000 })
    expect(over.json<ErrorBody>()).toMatchObject({
      code: 'LIMIT_INSUFFICIENT',
      details: { availableFen: 2_000_000 },
    })
  })
})

describe('repaying', () => {
  it('instalments in order, then early repayment at the quoted total, then the papers', async () => {
    const app = await signedLine(bank, wang)
    const loan = await drawLoan(bank, wang, TWENTY_K)
    const c = () => client()
    expect(codeOf(await c().read(`/loans/${loan.id}/settlement-certificate`))).toBe('LOAN_NOT_SETTLED')

    // On its due date the first instalment must be paid before any early repayment.
    advanceDays(30) // 2026-12-20, the first due date
    const dueToday = await c().read(`/loans/${loan.id}/early-repayment-quote`)
    expect(dueToday.statusCode).toBe(409)
    expect(dueToday.json<ErrorBody>()).toMatchObject({ code: 'INSTALMENT_DUE_FIRST', details: { index: 1 } })
    advanceDays(1) // 2026-12-21: it is overdue now
    const late = await loanOf(loan.id)
    expect(late.instalments.slice(0, 3).map((i) => i.status)).toEqual(['overdue', 'due', 'upcoming'])
    expect(late).toMatchObject({ overdueCount: 1, nextInstalment: { index: 1, status: 'overdue' } })

    const outOfOrder = await c().send('POST', `/loans/${loan.id}/repayments`, { index: 2 })
    expect(outOfOrder.statusCode).toBe(422)
    expect(outOfOrder.json<ErrorBody>().details?.fields).toEqual([
      { field: 'index', message: '请先归还第1期' },
    ])
    const paid = await c().send('POST', `/loans/${loan.id}/repayments`, { index: 1 })
    expect(paid.statusCode).toBe(200)
    const afterOne = paid.json<Loan>()
    const first = loan.instalments[0]
    expect(afterOne.instalments[0]).toMatchObject({ status: 'paid', paidAt: bank.clock.now().toISOString() })
    expect(afterOne).toMatchObject({
      outstandingPrincipalFen: 2_000_000 - first.principalFen,
      interestPaidFen: first.interestFen,
      overdueCount: 0,
      nextInstalment: { index: 2, status: 'due' },
    })
    expect((await expectLineMatchesLoans()).availableFen).toBe(3_000_000 + first.principalFen)

    // Quote: outstanding principal plus one day of interest (ACT/360) since the paid due date.
    const quote = (
      await c().read(`/loans/${loan.id}/early-repayment-quote`)
    ).json<EarlyRepaymentQuoteResult>()
    const schedule = buildSchedule({
      principalFen: 2_000_000,
      aprBp: 395,
      termMonths: 12,
      method: 'equal-instalment',
      startDate: '2026-11-20',
    })
    const expected = earlyRepaymentQuote({ schedule, paidInstalments: 1, dateIso: '2026-12-21' })
    const unpaidInterest = schedule.totalInterestFen - first.interestFen
    expect(quote).toEqual({
      asOf: '2026-12-21',
      ...expected,
      interestSavedFen: unpaidInterest - expected.accruedInterestFen,
    })
    expect(quote.days).toBe(1)
    expect(quote.accruedInterestFen).toBeGreaterThan(0)

    const stale = await c().send('POST', `/loans/${loan.id}/early-repayment`, {
      expectedTotalFen: quote.totalFen - 1,
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json<ErrorBody>()).toMatchObject({
      code: 'QUOTE_CHANGED',
      details: { totalFen: quote.totalFen },
    })
    expect((await loanOf(loan.id)).status).toBe('active')

    const settled = await c().send('POST', `/loans/${loan.id}/early-repayment`, {
      expectedTotalFen: quote.totalFen,
    })
    expect(settled.statusCode).toBe(200)
    const done = settled.json<Loan>()
    expect(done).toMatchObject({
      status: 'settled',
      settledAt: bank.clock.now().toISOString(),
      outstandingPrincipalFen: 0,
      nextInstalment: null,
      interestPaidFen: first.interestFen + quote.accruedInterestFen,
    })
    expect(done.instalments.every((i) => i.status === 'paid' && i.paidAt)).toBe(true)
    expect(done.timeline.map((t) => t.id).slice(-2)).toEqual(['funded', 'settled'])
    expect((await expectLineMatchesLoans()).usedFen).toBe(0)
    expect(codeOf(await c().send('POST', `/loans/${loan.id}/repayments`, { index: 2 }))).toBe('LOAN_SETTLED')
    expect(codeOf(await c().read(`/loans/${loan.id}/early-repayment-quote`))).toBe('LOAN_SETTLED')
    expect((await overview()).activeLoans).toBe(0)

    const certificate = (
      await c().read(`/loans/${loan.id}/settlement-certificate`)
    ).json<SettlementCertificate>()
    expect(certificate).toMatchObject({
      certificateNumber: 'JQZM-20261221-000001',
      contractNumber: app.contractNumber,
      borrowerNameMasked: '王*国',
      principalFen: 2_000_000,
      issuer: '兴化农村商业银行（示例）',
    })
    expect(certificate.idNumberMasked).toMatch(/^3\*{16}.$/)
    expect(certificate.statement).toBe(
      `兹证明借款人王*国于2026年11月20日在本行办理的阳光e贷（合同编号${app.contractNumber}）借款本金人民币20,000.00元，已于2026年12月21日全部结清，本行与借款人之间就该笔借款的债权债务关系已终结。特此证明。`,
    )

    const contract = (await c().read(`/loans/${loan.id}/contract`)).json<LoanContract>()
    expect(contract).toMatchObject({ contractNumber: app.contractNumber, signedAt: app.signedAt })
    const note = contract.sections[contract.sections.length - 1]
    expect(note.heading).toBe('借款借据')
    expect(note.paragraphs.join('')).toEqual(
      expect.stringContaining('借款金额：人民币20,000.00元；借款期限：12个月'),
    )
    expect(note.paragraphs.join('')).toContain('等额本息')
    expect(note.paragraphs.join('')).toContain('首期还款日：2026年12月20日；末期还款日：2027年11月20日')
  })

  it('paying every instalment settles the loan and frees the whole amount', async () => {
    await signedLine(bank, wang)
    const loan = await drawLoan(bank, wang, { amountFen: 300_000, termMonths: 3, method: 'equal-principal' })
    for (const index of [1, 2, 3]) {
      const res = await client().send('POST', `/loans/${loan.id}/repayments`, { index })
      expect(res.statusCode).toBe(200)
    }
    const done = await loanOf(loan.id)
    expect(done).toMatchObject({
      status: 'settled',
      interestPaidFen: loan.totalInterestFen,
      outstandingPrincipalFen: 0,
    })
    expect((await expectLineMatchesLoans()).availableFen).toBe(5_000_000)
    const cert = (
      await client().read(`/loans/${loan.id}/settlement-certificate`)
    ).json<SettlementCertificate>()
    expect(cert.certificateNumber).toBe('JQZM-20261120-000001')
  })

  it('an instalment paid ahead of its due date is not charged interest again in the quote', async () => {
    await signedLine(bank, wang)
    const loan = await drawLoan(bank, wang, TWENTY_K)
    await client().send('POST', `/loans/${loan.id}/repayments`, { index: 1 })
    const quote = await client().read(`/loans/${loan.id}/early-repayment-quote`)
    expect(quote.statusCode).toBe(200)
    expect(quote.json<EarlyRepaymentQuoteResult>()).toMatchObject({
      asOf: '2026-11-20',
      days: 0,
      accruedInterestFen: 0,
      outstandingPrincipalFen: 2_000_000 - loan.instalments[0].principalFen,
    })
  })

  it('a line past its last day cannot be drawn', async () => {
    await signedLine(bank, wang)
    advanceDays(365) // 2027-11-20: the line ended on 2027-11-19
    const line = (await overview()).creditLine
    expect(line).toMatchObject({ expiresOn: '2027-11-19', expired: true })
    expect(codeOf(await client().drawCode())).toBe('APPROVAL_EXPIRED')
    const res = await client().draw({ ...TWENTY_K, smsCode: '123456' })
    expect(res.statusCode).toBe(422)
    expect(codeOf(res)).toBe('APPROVAL_EXPIRED')
    // An expired line no longer blocks a new application.
    expect((await client().start()).statusCode).toBe(201)
  })

  it('a new line is refused while loans of an expired one are still owed, and allowed once settled', async () => {
    await signedLine(bank, wang)
    const loan = await drawLoan(bank, wang, { ...TWENTY_K, termMonths: 36 })
    advanceDays(365) // the line ended yesterday; twelve instalments are overdue
    const refused = await client().start()
    expect(refused.statusCode).toBe(409)
    expect(codeOf(refused)).toBe('LOANS_OUTSTANDING')
    expect((await overview()).creditLine).toMatchObject({ expired: true, usedFen: 2_000_000 })

    let current = await loanOf(loan.id)
    // Everything due up to today (2027-11-20, the twelfth due date) is paid first.
    while (current.nextInstalment && current.nextInstalment.dueDate <= '2027-11-20') {
      const next = current.nextInstalment!
      const paid = await client().send('POST', `/loans/${loan.id}/repayments`, { index: next.index })
      expect(paid.statusCode).toBe(200)
      current = paid.json<Loan>()
    }
    const quote = (
      await client().read(`/loans/${loan.id}/early-repayment-quote`)
    ).json<EarlyRepaymentQuoteResult>()
    const settled = await client().send('POST', `/loans/${loan.id}/early-repayment`, {
      expectedTotalFen: quote.totalFen,
    })
    expect(settled.json<Loan>().status).toBe('settled')
    expect((await client().start()).statusCode).toBe(201)
  })

  it('a pre-approval past its validity is neither shown nor a cap', async () => {
    advanceDays(407) // 2028-01-01: 王建国's assessment ended on 2027-12-31
    const me = await client().read('/me')
    expect(me.json<{ preApproval: unknown }>().preApproval).toBeNull()
    expect((await overview()).preApproval).toBeNull()
  })
})
