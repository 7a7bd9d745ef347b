/**
 * @jest-environment-options {"url": "http://127.0.0.1:3197/"}
 */
// The login form, rendered with Taro's H5 components, talking to the real mock bank over HTTP on the
// page's own origin: the httpOnly cookie, the CSRF token and the Chinese errors are all the real ones.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { SmsLoginForm } from '@/features/auth/components/sms-login-form'
import { getSession } from '@/services/session/session-store'
import { buildApp, type MockApp } from '../../mock/server'

let app: MockApp
const texts: { phone: string; code: string }[] = []

beforeAll(async () => {
  app = await buildApp({
    mode: 'development',
    dbFile: ':memory:',
    logLevel: 'silent',
    onSms: (phone, code) => texts.push({ phone, code }),
  })
  await app.listen({ port: 3197, host: '127.0.0.1' })
})
afterAll(() => app.close())

async function typeInto(name: string, value: string) {
  const input = await waitFor(() => {
    const found = document.querySelector(`input[name="${name}"]`) as HTMLInputElement | null
    if (!found) throw new Error(`no input ${name}`)
    return found
  })
  fireEvent.input(input, { target: { value } })
}

function button(label: RegExp) {
  return screen.findByText(label)
}

test('a wrong code is reported at the code field, the typed values stay, and the right code logs in', async () => {
  const onLoggedIn = jest.fn()
  render(<SmsLoginForm privacyAccepted onNeedPrivacy={jest.fn()} onLoggedIn={onLoggedIn} />)

  await typeInto('phone', '13900000002')
  fireEvent.click(await button(/获取验证码/))
  await screen.findByText(/验证码已发送至 139\*\*\*\*0002/)
  expect(await button(/秒后重发/)).toBeTruthy()

  await typeInto('code', '000000')
  fireEvent.click(await button(/^登录$/))
  await screen.findByText(/验证码不正确，还可尝试4次/)
  expect((document.querySelector('input[name="phone"]') as HTMLInputElement).value).toBe('13900000002')

  await typeInto('code', texts.at(-1)!.code)
  fireEvent.click(await button(/^登录$/))
  await waitFor(() => expect(onLoggedIn).toHaveBeenCalled())
  const session = getSession()
  expect(session.status).toBe('authenticated')
  // Only masked personal data reaches the page.
  expect(JSON.stringify(session)).not.toContain('13900000002')
})

test('a malformed phone number is refused next to the field before anything is sent', async () => {
  const sent = texts.length
  render(<SmsLoginForm privacyAccepted onNeedPrivacy={jest.fn()} onLoggedIn={jest.fn()} />)
  await typeInto('phone', '1234')
  fireEvent.click(await button(/获取验证码/))
  await screen.findByText('请输入正确的11位手机号')
  expect(texts.length).toBe(sent)
})

test('without privacy consent the form asks for it instead of sending a code', async () => {
  const onNeedPrivacy = jest.fn()
  render(<SmsLoginForm privacyAccepted={false} onNeedPrivacy={onNeedPrivacy} onLoggedIn={jest.fn()} />)
  await typeInto('phone', '13900000005')
  fireEvent.click(await button(/获取验证码/))
  await waitFor(() => expect(onNeedPrivacy).toHaveBeenCalled())
  // Nothing was sent, so the button offers to send again (no countdown).
  expect(await button(/获取验证码/)).toBeTruthy()
})
