/**
 * @jest-environment-options {"url": "http://127.0.0.1:3198/"}
 */
// The booking form, rendered with Taro's H5 components, booking against the real mock bank over HTTP.
// The bank's clock stands on Friday 2026-11-20 09:00 Beijing time: 09:30 is the first slot today.
import { fireEvent, screen, waitFor } from '@testing-library/react'
import type { BranchDetail } from '@/contract/branches'
import { getBranch } from '@/features/counter/api/get-branch'
import { BookingForm } from '@/features/counter/components/booking-form'
import { book, bookingAt, logInCustomers, type TestBank } from '../support/api-app'
import { listeningBank, logInThroughApp, renderWithCache } from '../support/dom-bank'

let bank: TestBank
let dainan: BranchDetail
beforeAll(async () => {
  bank = await listeningBank(3198)
  await logInThroughApp(bank, '13900000004')
  dainan = await getBranch('br_dainan')
})
afterAll(() => bank.app.close())

const accountOpening = () => dainan.services.find((s) => s.id === 'account-opening')!

test('choosing a day and a free slot books it, and the form hands over the booking', async () => {
  const onBooked = jest.fn()
  renderWithCache(<BookingForm branch={dainan} service={accountOpening()} onBooked={onBooked} />)
  await screen.findByText('11月20日 周五')
  fireEvent.click(await screen.findByText('10:00–10:30'))
  fireEvent.click(screen.getByText('确认预约'))
  await waitFor(() => expect(onBooked).toHaveBeenCalled())
  expect(onBooked.mock.calls[0][0]).toMatchObject({
    status: 'booked',
    slotStart: '2026-11-20T10:00:00+08:00',
    branch: { id: 'br_dainan' },
  })
})

test('confirming without a slot says so at the slots, and sends nothing', async () => {
  const onBooked = jest.fn()
  renderWithCache(<BookingForm branch={dainan} service={accountOpening()} onBooked={onBooked} />)
  await screen.findByText('11月20日 周五')
  fireEvent.click(screen.getByText('确认预约'))
  await screen.findByText('请选择预约时段')
  expect(onBooked).not.toHaveBeenCalled()
})

test('a slot that fills up while choosing is refused at the slots, with nearby slots that have places', async () => {
  const onBooked = jest.fn()
  renderWithCache(<BookingForm branch={dainan} service={accountOpening()} onBooked={onBooked} />)
  fireEvent.click(await screen.findByText('11:00–11:30'))
  // Three other customers take the three places meanwhile.
  for (const other of logInCustomers(bank, 3)) {
    expect((await book(bank, other, bookingAt('2026-11-20', '11:00'))).statusCode).toBe(201)
  }
  fireEvent.click(screen.getByText('确认预约'))
  await screen.findByText('该时段已约满，请选择其他时段')
  await screen.findByText('以下时段还有名额：')
  fireEvent.click(await screen.findByText(/11月20日 周五 10:30–11:00 余\d位/))
  fireEvent.click(screen.getByText('确认预约'))
  await waitFor(() => expect(onBooked).toHaveBeenCalled())
  expect(onBooked.mock.calls[0][0]).toMatchObject({ slotStart: '2026-11-20T10:30:00+08:00' })
})
