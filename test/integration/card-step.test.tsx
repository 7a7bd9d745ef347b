/**
 * @jest-environment-options {"url": "http://127.0.0.1:3197/"}
 */
// The disbursement-card step against the mock bank over HTTP: a card in someone else's name is refused
// at the card field with what was typed kept; the borrower's own card asks for the code its bank texts
// to the card's reserved phone, and only that code binds it.
import { useState } from 'react'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import type { LoanApplication } from '@/contract/loans'
import type { Me } from '@/contract/me'
import { CardStep } from '@/features/loan/components/apply/card-step'
import { get, logInAs, type TestBank } from '../support/api-app'
import { listeningBank, logInThroughApp, renderWithCache, typeInto, valueOf } from '../support/dom-bank'
import { loanClient, OWN_CARD } from '../support/loan-flow'

const LI = '13900000002' // 李秀英: real-name bound; her card is reserved to 13900000012
const LI_CARD = '6231380000000000021'
let bank: TestBank
let application: LoanApplication
let me: Me
beforeAll(async () => {
  bank = await listeningBank(3197)
  const li = logInAs(bank, LI)
  application = (await loanClient(bank, li).start()).json<LoanApplication>()
  me = (await get(bank.app, '/me', li.auth)).json<Me>()
  await logInThroughApp(bank, LI)
})
afterAll(() => bank.app.close())

function Step({ onSaved }: { onSaved: (application: LoanApplication) => void }) {
  const [cardNumber, setCardNumber] = useState('')
  return (
    <CardStep
      application={application}
      user={me}
      cardNumber={cardNumber}
      onCardNumberChange={setCardNumber}
      onSaved={onSaved}
    />
  )
}

test("another person's card is refused at the field, as typed; her own needs the reserved phone's code", async () => {
  const onSaved = jest.fn()
  renderWithCache(<Step onSaved={onSaved} />)
  await typeInto('cardNumber', OWN_CARD)
  fireEvent.click(screen.getByText('下一步'))
  await screen.findByText('银行卡验证未通过，请使用您本人名下、未被他人绑定的借记卡')
  expect(valueOf('cardNumber').replace(/\D/g, '')).toBe(OWN_CARD)

  await typeInto('cardNumber', LI_CARD)
  fireEvent.click(screen.getByText('下一步'))
  await screen.findByText('验证码已发送至 银行预留手机号 139****0012，5分钟内有效')
  await typeInto('smsCode', '000000')
  fireEvent.click(screen.getByText('确认绑定'))
  await screen.findByText('验证码不正确，还可尝试4次')
  expect(onSaved).not.toHaveBeenCalled()

  await typeInto('smsCode', bank.lastCode('13900000012'))
  fireEvent.click(screen.getByText('确认绑定'))
  await waitFor(() => expect(onSaved).toHaveBeenCalled())
  expect(onSaved.mock.calls[0][0]).toMatchObject({ card: { lastFour: '0021' }, step: 'consents' })
})
