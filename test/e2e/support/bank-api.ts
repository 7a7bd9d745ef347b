// Other people acting on the mock bank while the browser user watches: customers and staff through the API.
import { PRIVACY_VERSION } from '@/contract/constants'
import { advanceMockClock, readSmsCode } from './mock-process'
import { fromAddress, phoneAddress } from './phone-address'
import { mockUrl } from './servers'

const json = { 'content-type': 'application/json' }

/** Logs a user in over the API (bearer session) and returns a caller for their requests. */
export async function bankUser(phone: string) {
  // Each API user is another phone, with its own address (the bank limits codes per caller).
  const from = fromAddress(phoneAddress())
  const sendCode = () =>
    fetch(`${mockUrl()}/api/v1/auth/sms-codes`, {
      method: 'POST',
      headers: { ...json, ...from },
      body: JSON.stringify({ phone }),
    })
  let response = await sendCode()
  // The same number had a code within the minute (e.g. the browser just logged it in).
  if (response.status === 429) {
    await advanceMockClock(mockUrl(), 61)
    response = await sendCode()
  }
  if (response.status !== 202) throw new Error(`sms-codes for ${phone}: ${response.status}`)
  const code = await readSmsCode(mockUrl(), phone)
  const login = await fetch(`${mockUrl()}/api/v1/auth/sms-login`, {
    method: 'POST',
    headers: { ...json, ...from },
    body: JSON.stringify({ phone, code, session: 'bearer', privacyVersion: PRIVACY_VERSION }),
  })
  const { token } = (await login.json()) as { token: string }
  const call = async <T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${mockUrl()}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...from, ...(body ? json : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    return { status: res.status, body: (await res.json().catch(() => undefined)) as T }
  }
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body: unknown = {}) => call<T>('POST', path, body),
    put: <T>(path: string, body: unknown = {}) => call<T>('PUT', path, body),
  }
}
