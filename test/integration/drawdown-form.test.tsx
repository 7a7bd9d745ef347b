/**
 * @jest-environment-options {"url": "http://127.0.0.1:3199/"}
 */
// The drawdown form, rendered with Taro's H5 components, drawing from a real credit line of the mock
// bank over HTTP: the preview, the SMS code's refusals at the code field, and the loan.
import { fireEvent, screen, waitFor } from '@testing-library/react'
import type { CreditLine, LoanOverview } from '@/contract/loans'
import { DrawdownForm } from '@/features/loan/components/drawdown-form'
import { get, logInAs, type TestBank } from '../support/api-app'
import { listeningBank, logInThroughApp, renderWithCache, typeInto, valueOf } from '../support/dom-bank'
import { signedLine } from '../support/loan-flow'

const WANG = '13900000001' // 王建国: whitelisted, 50,000 yuan at 3.95%
let bank: TestBank
let line: CreditLine
beforeAll(async () => {
  bank = await listeningBank(3199)
  const wang = logInAs(bank, WANG)
  await signedLine(bank, wang)
  line = (await get(bank.app, '/loan/overview', wang.auth)).json<LoanOverview>().creditLine!
  await logInThroughApp(bank, WANG)
})
afterAll(() => bank.app.close())

const form = (onDrawn = jest.fn()) =>
  renderWithCache(<DrawdownForm line={line} today="2026-11-20" phoneMasked="139****0001" onDrawn={onDrawn} />)

test('the amount starts empty, so nobody borrows the whole line by default; a quick pick fills it', async () => {
  form()
  await waitFor(() => expect(valueOf('amount')).toBe(''))
  expect(screen.queryByText(/年化利率（单利）3\.95%/)).toBeNull()
  fireEvent.click(screen.getByText('3万'))
  await waitFor(() => expect(valueOf('amount')).toBe('30000'))
  await screen.findByText('年化利率（单利）3.95%')
  fireEvent.click(screen.getByText('全部 50,000'))
  await waitFor(() => expect(valueOf('amount')).toBe('50000'))
})

test('an amount above the available limit is refused at the amount field before anything is sent', async () => {
  const sent = bank.sms.length
  form()
  await typeInto('amount', '60000')
  fireEvent.click(screen.getByText('确认借款'))
  await screen.findByText('借款金额不能超过可用额度50,000元')
  expect(bank.sms.length).toBe(sent)
})

test('the schedule is previewed with its APR; a wrong code is refused at the code field, the right one draws', async () => {
  const onDrawn = jest.fn()
  form(onDrawn)
  await typeInto('amount', '20000')
  await typeInto('term', '12')
  await screen.findByText('年化利率（单利）3.95%')
  fireEvent.click(screen.getByText('获取验证码'))
  await screen.findByText('验证码已发送至 139****0001，5分钟内有效')

  await typeInto('smsCode', '000000')
  fireEvent.click(screen.getByText('确认借款'))
  await screen.findByText('验证码不正确，还可尝试4次')
  expect(valueOf('amount')).toBe('20000')
  expect(onDrawn).not.toHaveBeenCalled()

  await typeInto('smsCode', bank.lastCode(WANG))
  fireEvent.click(screen.getByText('确认借款'))
  await waitFor(() => expect(onDrawn).toHaveBeenCalled())
  expect(onDrawn.mock.calls[0][0]).toMatchObject({
    principalFen: 2_000_000,
    termMonths: 12,
    aprBp: 395,
    status: 'active',
  })
})
