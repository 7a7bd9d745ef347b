import { PRIVACY_VERSION } from '@/contract/constants'
import type { ErrorBody } from '@/contract/common'
import type { WechatLoginResult } from '@/contract/auth'
import { mintWechatCode } from '../../mock/store/auth/wechat'
import { api, bankForEachTest, login, post } from '../support/api-app'

const bank = bankForEachTest()

const wechatLogin = (code: string) =>
  post(bank.app, '/auth/wechat-login', { code, privacyVersion: PRIVACY_VERSION })

async function needsPhone(code: string): Promise<string> {
  const res = await wechatLogin(code)
  expect(res.statusCode).toBe(200)
  const body = res.json<WechatLoginResult>()
  if (body.status !== 'NEEDS_PHONE') throw new Error(`expected NEEDS_PHONE, got ${res.body}`)
  return body.wechatTicket
}

/** A fresh wx.login() code of a simulated WeChat account, issued now. */
const mint = (account: string) =>
  mintWechatCode(bank.app.deps.secrets.data, bank.clock.now().getTime(), account)

describe('WeChat login', () => {
  it('a code logs in once, and not after 5 minutes (as WeChat codes)', async () => {
    const code = mint('farmer-2')
    await needsPhone(code)
    const reused = await wechatLogin(code)
    expect(reused.statusCode).toBe(422)
    expect(reused.json<ErrorBody>().code).toBe('WECHAT_CODE_INVALID')
    const old = mint('farmer-2')
    bank.clock.advanceSeconds(301)
    expect((await wechatLogin(old)).json<ErrorBody>().code).toBe('WECHAT_CODE_INVALID')
    // A real wx.login() code (no issue time the mock can read) is single use as well.
    await needsPhone('0a1b2c3d4e5f-real-code')
    expect((await wechatLogin('0a1b2c3d4e5f-real-code')).json<ErrorBody>().code).toBe('WECHAT_CODE_INVALID')
  })

  it('tickets are stored as hashes and purged once expired', async () => {
    const ticket = await needsPhone(mint('farmer-3'))
    const rows = bank.app.deps.db.prepare('SELECT * FROM wechat_tickets').all()
    expect(JSON.stringify(rows)).not.toContain(ticket)
    bank.clock.advanceSeconds(601)
    await needsPhone(mint('farmer-4'))
    expect(bank.app.deps.db.prepare('SELECT COUNT(*) AS n FROM wechat_tickets').get()).toEqual({ n: 1 })
  })

  it('NEEDS_PHONE, then sms-login with the ticket binds, then a new code of that WeChat user logs in', async () => {
    const ticket = await needsPhone(mint('farmer-1'))
    const bound = await login(bank, '13900000003', 'bearer', { wechatTicket: ticket })
    const res = await wechatLogin(mint('farmer-1'))
    const body = res.json<WechatLoginResult>()
    expect(body.status).toBe('LOGGED_IN')
    if (body.status !== 'LOGGED_IN') return
    expect(body.user.id).toBe(bound.result.user.id)
    const me = await bank.app.inject({
      method: 'GET',
      url: api('/me'),
      headers: { authorization: `Bearer ${body.token}` },
    })
    expect(me.json()).toMatchObject({ id: bound.result.user.id, phoneMasked: '139****0003' })
  })

  it('nobody but the bank can mint a code that names an account', async () => {
    const ticket = await needsPhone(mint('farmer-5'))
    await login(bank, '13900000003', 'bearer', { wechatTicket: ticket })
    // The same shape without the bank's signature is just an unknown WeChat user.
    const nowSeconds = Math.floor(bank.clock.now().getTime() / 1000)
    for (const forged of [
      `wxmock.${nowSeconds}.farmer-5.zzzzzzzz999`,
      `wxmock.${nowSeconds}.farmer-5.zzzzzzzz999.${'A'.repeat(22)}`,
      mint('farmer-5').replace(/farmer-5/, 'farmer-6'),
    ]) {
      expect((await wechatLogin(forged)).json<WechatLoginResult>().status).toBe('NEEDS_PHONE')
    }
    expect((await wechatLogin(mint('farmer-5'))).json<WechatLoginResult>().status).toBe('LOGGED_IN')
  })

  it('openid is mock_ + 24 hex of sha256(code), stored server-side only', async () => {
    const ticket = await needsPhone('abc')
    await login(bank, '13900000003', 'bearer', { wechatTicket: ticket })
    const row = bank.app.deps.db.prepare('SELECT wechat_openid FROM users WHERE phone = ?').get('13900000003')
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(row).toEqual({ wechat_openid: 'mock_ba7816bf8f01cfea414140de' })
  })

  it('a ticket is single use and expires after 10 minutes', async () => {
    const ticket = await needsPhone('wx-code-2')
    await login(bank, '13900000003', 'bearer', { wechatTicket: ticket })
    bank.clock.advanceSeconds(60)
    await expect(login(bank, '13900000005', 'bearer', { wechatTicket: ticket })).rejects.toThrow(
      /WECHAT_TICKET_INVALID/,
    )
    const late = await needsPhone('wx-code-3')
    bank.clock.advanceSeconds(601)
    await expect(login(bank, '13900000005', 'bearer', { wechatTicket: late })).rejects.toThrow(
      /WECHAT_TICKET_INVALID/,
    )
  })

  it('an invalid ticket leaves the SMS code usable', async () => {
    await post(bank.app, '/auth/sms-codes', { phone: '13900000005' })
    const code = bank.lastCode('13900000005')
    const body = { phone: '13900000005', code, session: 'bearer', privacyVersion: PRIVACY_VERSION }
    const bad = await post(bank.app, '/auth/sms-login', { ...body, wechatTicket: 'wxt_unknown' })
    expect(bad.statusCode).toBe(422)
    expect(bad.json<ErrorBody>().code).toBe('WECHAT_TICKET_INVALID')
    expect((await post(bank.app, '/auth/sms-login', body)).statusCode).toBe(200)
  })

  it('a user already bound to another WeChat account gets 409', async () => {
    await login(bank, '13900000003', 'bearer', { wechatTicket: await needsPhone('wx-a') })
    bank.clock.advanceSeconds(60)
    await expect(
      login(bank, '13900000003', 'bearer', { wechatTicket: await needsPhone('wx-b') }),
    ).rejects.toThrow(/WECHAT_ALREADY_BOUND/)
  })

  it('requires the current privacy version', async () => {
    const res = await post(bank.app, '/auth/wechat-login', { code: 'x', privacyVersion: 'old' })
    expect(res.statusCode).toBe(422)
    expect(res.json<ErrorBody>().code).toBe('PRIVACY_NOT_ACCEPTED')
  })
})
