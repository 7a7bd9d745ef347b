// The message centre tells a borrower what happened to the loan, once each, and what is coming due.
import type { Loan } from '@/contract/loans'
import type { MessagesResult } from '@/contract/messages'
import { get, logInAs, type QuickSession, bankForEachTest } from '../support/api-app'
import { APPLY, decided, drawLoan, loanClient, sign } from '../support/loan-flow'

const WANG = '13900000001' // whitelisted: 50,000 yuan at 3.95%
const bank = bankForEachTest()
let wang: QuickSession
beforeEach(async () => {
  wang = logInAs(bank, WANG)
})

const messages = async () => (await get(bank.app, '/messages', wang.auth)).json<MessagesResult>()
const loanTitles = async () => (await messages()).items.filter((m) => m.kind === 'loan').map((m) => m.title)

it('approval, money, a reminder three days ahead, the repayment and settlement each arrive once', async () => {
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
  expect((await loanTitles())[0]).toBe('还款提醒')

  const paid = await loanClient(bank, wang).send('POST', `/loans/${loan.id}/repayments`, { index: 1 })
  expect(paid.json<Loan>().instalments[0].status).toBe('paid')
  expect((await loanTitles())[0]).toBe('还款成功')

  // The second instalment (2027-01-20) goes unpaid past its day.
  bank.clock.advanceSeconds(35 * 86400)
  wang = logInAs(bank, WANG)
  const overdue = (await messages()).items.find((m) => m.title === '借款已逾期')
  expect(overdue).toMatchObject({
    body: expect.stringContaining('第2期'),
    link: { type: 'loan', id: loan.id },
  })

  const before = (await messages()).items.length
  expect((await messages()).items.length).toBe(before) // reading again adds nothing
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
