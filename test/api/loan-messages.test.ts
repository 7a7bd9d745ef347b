// The message centre tells a borrower what happened to the loan, once each, and what is coming due.
import type { Loan } from '@/contract/loans'
import type { MessagesResult } from '@/contract/messages'
import { get, logInAs, type QuickSession, bankForEachTest } from '../support/api-app'
import { formatFen } from '@/utils/money'
import { APPLY, decided, drawLoan, loanClient, LOW_BALANCE_CARD, repayDue, sign } from '../support/loan-flow'

const WANG = '13900000001' // whitelisted: 50,000 yuan at 3.95%
const bank = bankForEachTest()
let wang: QuickSession
beforeEach(async () => {
  wang = logInAs(bank, WANG)
})

const messages = async () => (await get(bank.app, '/messages', wang.auth)).json<MessagesResult>()
const loanTitles = async () => (await messages()).items.filter((m) => m.kind === 'loan').map((m) => m.title)

it('approval, money, a reminder three days ahead, the due-date debit and settlement each arrive once', async () => {
  const application = await decided(bank, wang, APPLY)
  const afterDecision = (await messages()).items.find((m) => m.kind === 'loan')
  expect(afterDecision).toMatchObject({
    title: '阳光e贷审批通过',
    body: expect.stringContaining('年化利率（单利）3.95%'),
    link: { type: 'loan-application', id: application.id },
    read: false,
  })
  expect((await sign(bank, wang, application.id)).statusCode).toBe(200)
  const loan = await drawLoan(bank, wang, { amountFen: 1_200_000, termMonths: 3, method: 'equal-principal' })
  expect(await loanTitles()).toEqual(['放款成功', '阳光e贷审批通过'])

  // Drawn 2026-11-20: the first instalment falls due 2026-12-20; a reminder comes from 12-17.
  bank.clock.advanceSeconds(26 * 86400)
  wang = logInAs(bank, WANG)
  expect(await loanTitles()).not.toContain('还款提醒')
  bank.clock.advanceSeconds(86400)
  wang = logInAs(bank, WANG)
  const reminder = (await messages()).items[0]
  expect(reminder).toMatchObject({
    title: '还款提醒',
    body: `第1期${formatFen(loan.instalments[0].paymentFen)}元将于2026-12-20从尾号0121的卡自动扣款，请确保卡内余额充足。`,
  })

  // On the due date the card is debited at 06:00.
  bank.clock.advanceSeconds(3 * 86400)
  wang = logInAs(bank, WANG)
  const loanNow = (await loanClient(bank, wang).read(`/loans/${loan.id}`)).json<Loan>()
  expect(loanNow.instalments[0].status).toBe('paid')
  expect((await messages()).items[0]).toMatchObject({
    title: '自动扣款成功',
    body: `第1期${formatFen(loan.instalments[0].paymentFen)}元已从尾号0121的卡扣款。`,
  })

  const before = (await messages()).items.length
  expect((await messages()).items.length).toBe(before) // reading again adds nothing
})

it('a card without the money: the debit fails that morning, then the instalment is overdue with its penalty rule', async () => {
  const application = await decided(bank, wang, APPLY, LOW_BALANCE_CARD)
  expect((await sign(bank, wang, application.id)).statusCode).toBe(200)
  const loan = await drawLoan(bank, wang, { amountFen: 1_200_000, termMonths: 3, method: 'equal-principal' })
  bank.clock.advanceSeconds(30 * 86400) // 2026-12-20 09:00
  wang = logInAs(bank, WANG)
  expect((await messages()).items[0]).toMatchObject({
    title: '自动扣款失败',
    body: `尾号0885的卡余额不足，第1期${formatFen(loan.instalments[0].paymentFen)}元扣款未成功。请今日内存入资金后在借款详情中还款；逾期将按合同计收罚息。`,
    link: { type: 'loan', id: loan.id },
  })
  bank.clock.advanceSeconds(86400)
  wang = logInAs(bank, WANG)
  expect((await messages()).items[0]).toMatchObject({
    title: '借款已逾期',
    body: expect.stringContaining('自逾期次日起按逾期本金×借款年利率×1.5÷360×逾期天数计收罚息'),
  })
  const paid = await repayDue(bank, wang, loan.id)
  expect(paid.json<Loan>().instalments[0]).toMatchObject({ status: 'paid', penaltyDays: 1 })
  const penalty = paid.json<Loan>().instalments[0].penaltyFen
  expect((await messages()).items[0]).toMatchObject({
    title: '还款成功',
    body: `第1期已还款${formatFen(loan.instalments[0].paymentFen + penalty)}元（含罚息${formatFen(penalty)}元）。`,
  })
})

it('a decline says why and when to apply again', async () => {
  const chen = logInAs(bank, '13900000004') // not whitelisted, owes 20,000 yuan
  await decided(bank, chen, { ...APPLY, annualIncomeFen: 2_000_000 })
  const { items } = (await get(bank.app, '/messages', chen.auth)).json<MessagesResult>()
  expect(items.find((m) => m.kind === 'loan')).toMatchObject({
    title: '阳光e贷申请未通过',
    body: expect.stringContaining('年收入低于3万元'),
  })
})
