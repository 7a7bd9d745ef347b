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
import {
  APPLY,
  codeOf,
  draw,
  drawLoan,
  LOW_BALANCE_CARD,
  loanClient,
  repayDue,
  settleEarly,
  signedLine,
} from '../support/loan-flow'

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
    expect(loan.instalments).toEqual(
      schedule.instalments.map((row) => ({
        ...row,
        status: 'upcoming',
        paidAt: null,
        paidFen: null,
        paidInterestFen: null,
        penaltyFen: 0,
        penaltyDays: 0,
        amountDueFen: null,
      })),
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
    await signedLine(bank, wang, APPLY, LOW_BALANCE_CARD)
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
      penaltyFen: 0,
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
  it('an overdue instalment with its penalty, in order, then early repayment at the quoted total, then the papers', async () => {
    // The card's balance never covers an instalment: the due-date debit fails.
    const app = await signedLine(bank, wang, APPLY, LOW_BALANCE_CARD)
    const loan = await drawLoan(bank, wang, TWENTY_K)
    const c = () => client()
    expect(codeOf(await c().read(`/loans/${loan.id}/settlement-certificate`))).toBe('LOAN_NOT_SETTLED')

    // On its due date the first instalment must be paid before any early repayment.
    advanceDays(30) // 2026-12-20 09:00, the first due date; the 06:00 debit failed
    expect((await loanOf(loan.id)).instalments.slice(0, 2).map((i) => i.status)).toEqual(['due', 'upcoming'])
    const dueToday = await c().read(`/loans/${loan.id}/early-repayment-quote`)
    expect(dueToday.statusCode).toBe(409)
    expect(dueToday.json<ErrorBody>()).toMatchObject({ code: 'INSTALMENT_DUE_FIRST', details: { index: 1 } })
    advanceDays(1) // 2026-12-21: it is overdue now, one day of penalty interest
    const late = await loanOf(loan.id)
    const first = loan.instalments[0]
    // Penalty: overdue principal × 3.95 % × 1.5 ÷ 360 × 1 day, to the fen.
    const penalty = Math.round((first.principalFen * 0.0395 * 1.5) / 360)
    expect(late.instalments.slice(0, 3).map((i) => i.status)).toEqual(['overdue', 'upcoming', 'upcoming'])
    expect(late.instalments[0]).toMatchObject({
      penaltyFen: penalty,
      penaltyDays: 1,
      amountDueFen: first.paymentFen + penalty,
    })
    expect(late).toMatchObject({ overdueCount: 1, nextInstalment: { index: 1, status: 'overdue' } })

    const outOfOrder = await c().repay(loan.id, { index: 2, expectedFen: 1, smsCode: '000000' })
    expect(outOfOrder.statusCode).toBe(422)
    expect(outOfOrder.json<ErrorBody>().details?.fields).toEqual([
      { field: 'index', message: '请先归还第1期' },
    ])
    const stalePay = await c().repay(loan.id, { index: 1, expectedFen: first.paymentFen, smsCode: '000000' })
    expect(stalePay.json<ErrorBody>()).toMatchObject({
      code: 'QUOTE_CHANGED',
      details: { totalFen: first.paymentFen + penalty },
    })
    const paid = await repayDue(bank, wang, loan.id)
    expect(paid.statusCode).toBe(200)
    const afterOne = paid.json<Loan>()
    expect(afterOne.instalments[0]).toMatchObject({
      status: 'paid',
      paidAt: bank.clock.now().toISOString(),
      paidFen: first.paymentFen + penalty,
      paidInterestFen: first.interestFen,
      penaltyFen: penalty,
    })
    expect(afterOne).toMatchObject({
      outstandingPrincipalFen: 2_000_000 - first.principalFen,
      interestPaidFen: first.interestFen,
      overdueCount: 0,
      nextInstalment: { index: 2, status: 'upcoming', amountDueFen: null },
    })
    expect((await expectLineMatchesLoans()).availableFen).toBe(3_000_000 + first.principalFen)
    // The second instalment is not due: paying it now is refused, and early repayment is offered.
    const ahead = await c().repay(loan.id, { index: 2, expectedFen: 1, smsCode: '000000' })
    expect(ahead.statusCode).toBe(422)
    expect(ahead.json<ErrorBody>()).toMatchObject({
      code: 'INSTALMENT_NOT_DUE',
      message: expect.stringContaining('请使用提前还款'),
    })

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

    bank.clock.advanceSeconds(61) // a new code a minute after the last one
    expect((await c().repayCode(loan.id)).statusCode).toBe(202)
    const stale = await c().repayEarly(loan.id, {
      expectedTotalFen: quote.totalFen - 1,
      smsCode: bank.lastCode(WANG),
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json<ErrorBody>()).toMatchObject({
      code: 'QUOTE_CHANGED',
      details: { totalFen: quote.totalFen },
    })
    const wrongCode = bank.lastCode(WANG) === '000000' ? '111111' : '000000'
    const refused = await c().repayEarly(loan.id, { expectedTotalFen: quote.totalFen, smsCode: wrongCode })
    expect(codeOf(refused)).toBe('SMS_CODE_WRONG')
    expect((await loanOf(loan.id)).status).toBe('active')

    const settled = await c().repayEarly(loan.id, {
      expectedTotalFen: quote.totalFen,
      smsCode: bank.lastCode(WANG),
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
    // What was actually paid: the settled periods show 提前结清 with their principal, and the one
    // day of interest on the first of them, never their scheduled interest.
    expect(done.instalments.map((i) => i.status)).toEqual(['paid', ...Array(11).fill('settled')])
    const settledRows = done.instalments.slice(1)
    expect(settledRows.reduce((sum, i) => sum + (i.paidInterestFen ?? 0), 0)).toBe(quote.accruedInterestFen)
    expect(settledRows.reduce((sum, i) => sum + (i.paidFen ?? 0), 0)).toBe(quote.totalFen)
    expect(done.timeline.map((t) => t.id).slice(-2)).toEqual(['funded', 'settled'])
    expect((await expectLineMatchesLoans()).usedFen).toBe(0)
    expect(codeOf(await c().repay(loan.id, { index: 2, expectedFen: 1, smsCode: '000000' }))).toBe(
      'LOAN_SETTLED',
    )
    expect(codeOf(await c().read(`/loans/${loan.id}/early-repayment-quote`))).toBe('LOAN_SETTLED')
    expect(codeOf(await c().repayCode(loan.id))).toBe('LOAN_SETTLED')
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
    // The contract states the debit and the penalty exactly as charged above.
    const terms = contract.sections.flatMap((section) => section.paragraphs).join('')
    expect(terms).toContain('每期还款日当天，贷款人从借款人的收款卡自动扣收当期应还本息')
    expect(terms).toContain('逾期本金×借款年利率×1.5÷360×逾期天数计收罚息')
    const note = contract.sections[contract.sections.length - 1]
    expect(note.heading).toBe('借款借据')
    expect(note.paragraphs.join('')).toEqual(
      expect.stringContaining('借款金额：人民币20,000.00元；借款期限：12个月'),
    )
    expect(note.paragraphs.join('')).toContain('等额本息')
    expect(note.paragraphs.join('')).toContain('首期还款日：2026年12月20日；末期还款日：2027年11月20日')
  })

  it('the card is debited at 06:00 on each due date, nothing earlier, and the last debit settles the loan', async () => {
    await signedLine(bank, wang)
    const loan = await drawLoan(bank, wang, { amountFen: 300_000, termMonths: 3, method: 'equal-principal' })
    // Paying ahead of the due date is refused with the way to do it.
    const ahead = await client().repay(loan.id, { index: 1, expectedFen: 1, smsCode: '000000' })
    expect(ahead.json<ErrorBody>()).toMatchObject({
      code: 'INSTALMENT_NOT_DUE',
      message: '第1期的还款日是12月20日 周日，届时将从尾号0121的卡自动扣款；如需现在还款，请使用提前还款',
    })
    advanceDays(29, 20 * 3600 + 59 * 60) // 2026-12-20 05:59
    expect((await loanOf(loan.id)).instalments[0].status).toBe('due')
    bank.clock.advanceSeconds(60) // 06:00
    const debited = await loanOf(loan.id)
    expect(debited.instalments[0]).toMatchObject({
      status: 'paid',
      paidAt: '2026-12-19T22:00:00.000Z',
      paidFen: loan.instalments[0].paymentFen,
      penaltyFen: 0,
    })
    // A repayment confirmed in the app a moment later is told the card has paid it, not "pay 2 first".
    const late = await client().repay(loan.id, { index: 1, expectedFen: 1, smsCode: '000000' })
    expect(late.statusCode).toBe(409)
    expect(late.json<ErrorBody>()).toMatchObject({
      code: 'INSTALMENT_ALREADY_PAID',
      message: '第1期已于还款日从尾号0121的卡自动扣款，无需再还',
    })
    advanceDays(62) // past the third due date (2027-02-20)
    const done = await loanOf(loan.id)
    expect(done).toMatchObject({
      status: 'settled',
      interestPaidFen: loan.totalInterestFen,
      outstandingPrincipalFen: 0,
    })
    expect(done.instalments.map((i) => i.status)).toEqual(['paid', 'paid', 'paid'])
    expect((await expectLineMatchesLoans()).availableFen).toBe(5_000_000)
    const cert = (
      await client().read(`/loans/${loan.id}/settlement-certificate`)
    ).json<SettlementCertificate>()
    expect(cert.certificateNumber).toMatch(/^JQZM-20270220-/)
  })

  it("a repayment code confirms repayments of the loan it was sent for, not another loan's", async () => {
    await signedLine(bank, wang)
    const first = await drawLoan(bank, wang, { amountFen: 300_000, termMonths: 3, method: 'equal-principal' })
    bank.clock.advanceSeconds(61)
    const second = await drawLoan(bank, wang, {
      amountFen: 300_000,
      termMonths: 3,
      method: 'equal-principal',
    })
    expect((await client().repayCode(first.id)).statusCode).toBe(202)
    const code = bank.lastCode(WANG)
    const quote = (
      await client().read(`/loans/${second.id}/early-repayment-quote`)
    ).json<EarlyRepaymentQuoteResult>()
    const crossed = await client().repayEarly(second.id, { expectedTotalFen: quote.totalFen, smsCode: code })
    expect(codeOf(crossed)).toBe('SMS_CODE_WRONG')
    expect((await loanOf(second.id)).status).toBe('active')
    const firstQuote = (
      await client().read(`/loans/${first.id}/early-repayment-quote`)
    ).json<EarlyRepaymentQuoteResult>()
    const settled = await client().repayEarly(first.id, {
      expectedTotalFen: firstQuote.totalFen,
      smsCode: code,
    })
    expect(settled.json<Loan>().status).toBe('settled')
  })

  it('penalty interest is exact to the fen for long, large arrears', async () => {
    await signedLine(bank, wang, APPLY, LOW_BALANCE_CARD)
    const loan = await drawLoan(bank, wang, { amountFen: 5_000_000, termMonths: 3, method: 'interest-first' })
    advanceDays(430) // 2028-01-24: the last instalment (2027-02-20, all the principal) is 338 days overdue
    const last = (await loanOf(loan.id)).instalments[2]
    const days = 338
    // 5,000,000 fen × 395 bp × 150 % × 338 days / (10,000 × 100 × 360), rounded half up.
    const exact = (5_000_000n * 395n * 150n * BigInt(days) * 2n + 360_000_000n) / (2n * 360_000_000n)
    expect(last).toMatchObject({ status: 'overdue', penaltyDays: days, penaltyFen: Number(exact) })
    expect(last.penaltyFen).toBe(278_146) // 278,145.83 fen
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
    advanceDays(365) // the line ended yesterday; twelve instalments were debited on their dates
    const refused = await client().start()
    expect(refused.statusCode).toBe(409)
    expect(codeOf(refused)).toBe('LOANS_OUTSTANDING')
    const owed = await loanOf(loan.id)
    expect(owed.instalments.filter((i) => i.status === 'paid')).toHaveLength(12)
    expect((await overview()).creditLine).toMatchObject({
      expired: true,
      usedFen: owed.outstandingPrincipalFen,
    })
    const settled = await settleEarly(bank, wang, loan.id)
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
