import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { faultsFromEnv } from '../../mock/http/faults'
import { api, makeBank, post, bankForEachTest } from '../support/api-app'

const bank = bankForEachTest()

const putFaults = (body: object) => bank.app.inject({ method: 'PUT', url: api('/dev/faults'), payload: body })

describe('fault injection', () => {
  it('failRate 1 answers 503 in the error shape and does nothing; dev and health are exempt', async () => {
    const put = await putFaults({ failRate: 1 })
    expect(put.json()).toEqual({ delayMs: 0, jitterMs: 0, failRate: 1, dropRate: 0 })
    const res = await post(bank.app, '/auth/sms-codes', { phone: '13900000003' })
    expect(res.statusCode).toBe(503)
    expect(res.json()).toEqual({ code: 'SERVICE_UNAVAILABLE', message: '银行系统繁忙，请稍后再试' })
    expect(bank.sms).toHaveLength(0)
    expect((await bank.app.inject({ method: 'GET', url: api('/me') })).statusCode).toBe(503)
    expect((await bank.app.inject({ method: 'GET', url: api('/health') })).statusCode).toBe(200)
    expect((await bank.app.inject({ method: 'GET', url: api('/dev/faults') })).statusCode).toBe(200)
    expect(
      (await bank.app.inject({ method: 'GET', url: api('/dev/sms-outbox?phone=13900000003') })).statusCode,
    ).toBe(200)
    await putFaults({ failRate: 0 })
    expect((await post(bank.app, '/auth/sms-codes', { phone: '13900000003' })).statusCode).toBe(202)
  })

  it('a 503 does not burn the idempotency key', async () => {
    await putFaults({ failRate: 1 })
    const headers = { 'idempotency-key': 'retry-me-123' }
    expect((await post(bank.app, '/auth/sms-codes', { phone: '13900000003' }, headers)).statusCode).toBe(503)
    await putFaults({ failRate: 0 })
    const retry = await post(bank.app, '/auth/sms-codes', { phone: '13900000003' }, headers)
    expect(retry.statusCode).toBe(202)
    expect(retry.headers['idempotency-replayed']).toBeUndefined()
  })

  it('rejects settings out of range', async () => {
    expect((await putFaults({ failRate: 1.5 })).statusCode).toBe(400)
    expect((await putFaults({ delayMs: -1 })).statusCode).toBe(400)
    expect((await putFaults({ bogus: 1 })).statusCode).toBe(400)
  })

  it('delays non-exempt requests only', async () => {
    // A long delay against a wide margin, so a busy CI machine cannot blur the difference.
    await putFaults({ delayMs: 1500 })
    let t = Date.now()
    await bank.app.inject({ method: 'GET', url: api('/me') })
    expect(Date.now() - t).toBeGreaterThanOrEqual(1490)
    t = Date.now()
    await bank.app.inject({ method: 'GET', url: api('/health') })
    expect(Date.now() - t).toBeLessThan(1000)
  })

  it('initial settings come from options, env parsing clamps', async () => {
    expect(
      faultsFromEnv({
        MOCK_DELAY_MS: '300',
        MOCK_FAIL_RATE: '2',
        MOCK_DROP_RATE: 'abc',
        MOCK_JITTER_MS: '-5',
      }),
    ).toEqual({
      delayMs: 300,
      jitterMs: 0,
      failRate: 1,
      dropRate: 0,
    })
    const other = await makeBank({ faults: { failRate: 1 } })
    expect((await other.app.inject({ method: 'GET', url: api('/me') })).statusCode).toBe(503)
    await other.app.close()
  })

  it('dropRate 1 destroys the socket after the work is done; a keyed retry gets the answer', async () => {
    await bank.app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = bank.app.server.address() as AddressInfo
    const send = () =>
      new Promise<{ status: number; replayed?: string }>((resolve, reject) => {
        const body = JSON.stringify({ phone: '13900000003' })
        const req = http.request(
          {
            port,
            host: '127.0.0.1',
            method: 'POST',
            path: api('/auth/sms-codes'),
            headers: { 'content-type': 'application/json', 'idempotency-key': 'dropped-req-1' },
          },
          (res) => {
            res.resume()
            res.on('end', () =>
              resolve({ status: res.statusCode!, replayed: res.headers['idempotency-replayed'] as string }),
            )
          },
        )
        req.on('error', reject)
        req.end(body)
      })
    await putFaults({ dropRate: 1 })
    await expect(send()).rejects.toThrow(/socket hang up|ECONNRESET/)
    expect(bank.sms).toHaveLength(1)
    await putFaults({ dropRate: 0 })
    expect(await send()).toEqual({ status: 202, replayed: 'true' })
    expect(bank.sms).toHaveLength(1)
  })

  it('a client that gives up during the delay does not cause a second execution on retry', async () => {
    await bank.app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = bank.app.server.address() as AddressInfo
    await putFaults({ delayMs: 300 })
    const headers = { 'content-type': 'application/json', 'idempotency-key': 'impatient-1' }
    const path = api('/auth/sms-codes')
    const body = JSON.stringify({ phone: '13900000003' })
    const aborted = new Promise<void>((resolve) => {
      const req = http.request({ port, host: '127.0.0.1', method: 'POST', path, headers })
      req.on('error', () => resolve())
      req.end(body)
      setTimeout(() => req.destroy(), 100)
    })
    await aborted
    await new Promise((r) => setTimeout(r, 400))
    await putFaults({ delayMs: 0 })
    const retry = await new Promise<{ status: number; replayed: unknown }>((resolve, reject) => {
      const req = http.request({ port, host: '127.0.0.1', method: 'POST', path, headers }, (res) => {
        res.resume()
        res.on('end', () =>
          resolve({ status: res.statusCode!, replayed: res.headers['idempotency-replayed'] }),
        )
      })
      req.on('error', reject)
      req.end(body)
    })
    expect(retry).toEqual({ status: 202, replayed: 'true' })
    expect(bank.sms).toHaveLength(1)
  })
})
