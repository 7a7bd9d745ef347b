import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { api, login, makeBank, post } from '../support/api-app'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-mock-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const userCount = (bank: Awaited<ReturnType<typeof makeBank>>) =>
  (bank.app.deps.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n

describe('file store', () => {
  it('data and sessions survive a restart; the seed is not applied twice', async () => {
    const dbFile = path.join(dir, 'nested', 'bank.db')
    const first = await makeBank({ dbFile })
    const seeded = userCount(first)
    const s = await login(first, '13987654321')
    await first.app.close()

    const second = await makeBank({ dbFile })
    expect(userCount(second)).toBe(seeded + 1)
    const me = await second.app.inject({ method: 'GET', url: api('/me'), headers: s.auth })
    expect(me.statusCode).toBe(200)
    expect(me.json()).toMatchObject({ id: s.result.user.id, phoneMasked: '139****4321' })
    await second.app.close()
  })

  it('dev reset restores the seed', async () => {
    const bank = await makeBank({ dbFile: path.join(dir, 'bank.db') })
    const seeded = userCount(bank)
    const s = await login(bank, '13987654321')
    expect((await post(bank.app, '/dev/reset')).statusCode).toBe(204)
    expect(userCount(bank)).toBe(seeded)
    expect((await bank.app.inject({ method: 'GET', url: api('/me'), headers: s.auth })).statusCode).toBe(401)
    expect((await login(bank, '13900000001')).result.user.nameMasked).toBe('王*国')
    await bank.app.close()
  })

  it('without dev endpoints /dev answers 404', async () => {
    const bank = await makeBank({ devEndpoints: false })
    const res = await bank.app.inject({ method: 'GET', url: api('/dev/faults') })
    expect(res.statusCode).toBe(404)
    await bank.app.close()
  })
})
