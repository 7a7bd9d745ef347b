// For component tests in jsdom: the mock bank listening on the page's own origin, a customer logged
// in through the app's own client (cookie and CSRF token, as on H5), and a fresh SWR cache per render.
import http from 'node:http'
import type { ReactElement } from 'react'
import { fireEvent, render, waitFor } from '@testing-library/react'
import { SWRConfig } from 'swr'
import { sendSmsCode } from '@/features/auth/api/send-sms-code'
import { smsLogin } from '@/features/auth/api/sms-login'
import { createIdempotencyKey } from '@/services/http/idempotency-key'
import { makeBank, type TestBank } from './api-app'

/** A request as the API helpers make it (the shape of fastify's inject). */
interface InjectRequest {
  method: string
  url: string
  payload?: object
  headers?: Record<string, string>
}

/** Sends `request` over real HTTP (fastify's in-process inject does not run under jsdom). */
function overHttp(port: number) {
  return (request: InjectRequest) =>
    new Promise((resolve, reject) => {
      const body = request.payload === undefined ? undefined : JSON.stringify(request.payload)
      const headers: Record<string, string> = { ...request.headers }
      if (body !== undefined) headers['content-type'] = 'application/json'
      const req = http.request(
        { host: '127.0.0.1', port, method: request.method, path: request.url, headers },
        (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (text += chunk))
          res.on('end', () =>
            resolve({
              statusCode: res.statusCode,
              headers: res.headers,
              body: text,
              json: () => JSON.parse(text) as unknown,
            }),
          )
        },
      )
      req.on('error', reject)
      req.end(body)
    })
}

/**
 * Starts a bank on `port` (the test file's jsdom URL must be http://127.0.0.1:<port>/). The API
 * helpers (logInAs, book, the loan flow) work on it as usual; their requests go over HTTP.
 */
export async function listeningBank(port: number): Promise<TestBank> {
  const bank = await makeBank()
  await bank.app.listen({ port, host: '127.0.0.1' })
  const app = new Proxy(bank.app, {
    get: (target, property, receiver) =>
      property === 'inject' ? overHttp(port) : Reflect.get(target, property, receiver),
  })
  return { ...bank, app, lastCode: bank.lastCode }
}

/** Logs `phone` in through the app's client, with the code the bank texted. */
export async function logInThroughApp(bank: TestBank, phone: string): Promise<void> {
  await sendSmsCode(phone, createIdempotencyKey())
  await smsLogin({ phone, code: bank.lastCode(phone) }, createIdempotencyKey())
}

/** Renders `ui` with a cache of its own, so no test sees another's answers. */
export function renderWithCache(ui: ReactElement) {
  return render(<SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>{ui}</SWRConfig>)
}

/** Types `value` into the input named `name` once it exists. */
export async function typeInto(name: string, value: string): Promise<void> {
  const input = await waitFor(() => {
    const found = document.querySelector(`input[name="${name}"]`) as HTMLInputElement | null
    if (!found) throw new Error(`no input ${name}`)
    return found
  })
  fireEvent.input(input, { target: { value } })
}

/** The value now in the input named `name`. */
export const valueOf = (name: string) =>
  (document.querySelector(`input[name="${name}"]`) as HTMLInputElement).value
