// The real-name form as typed: the ID number is judged the moment it is complete, and a name longer
// than any may be is refused with the rule instead of being cut short.
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { RealNameForm } from '@/features/auth/components/real-name-form'
import { makeIdNumber } from '@/utils/id-number'
import { renderWithCache, typeInto, valueOf } from '../support/dom-bank'

test('a wrong check digit is reported as soon as the 18th character is typed', async () => {
  renderWithCache(<RealNameForm onBound={jest.fn()} />)
  const valid = makeIdNumber('321281', '19700315', '123')
  const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0')
  await typeInto('idNumber', wrong.slice(0, 17))
  expect(screen.queryByText('身份证号校验位不正确')).toBeNull()
  await typeInto('idNumber', wrong)
  await screen.findByText('身份证号校验位不正确')
  await typeInto('idNumber', valid)
  await waitFor(() => expect(screen.queryByText('身份证号校验位不正确')).toBeNull())
})

test('a name of 25 characters stays as typed and is refused with the limit', async () => {
  renderWithCache(<RealNameForm onBound={jest.fn()} />)
  const long = '张'.repeat(25)
  await typeInto('name', long)
  fireEvent.blur(document.querySelector('input[name="name"]')!)
  await screen.findByText('姓名长度应为2-20个字')
  expect(valueOf('name')).toBe(long)
})
