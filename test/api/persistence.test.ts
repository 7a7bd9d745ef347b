import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { MIGRATIONS } from '../../mock/store/migrations'
import { api, book, bookingAt, get, login, logInAs, makeBank, post } from '../support/api-app'

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

  it('dev reset empties bookings, referrals and messages and keeps the catalogue', async () => {
    const bank = await makeBank({ dbFile: path.join(dir, 'bank.db') })
    const s = logInAs(bank, '13900000001')
    const booked = await book(bank, s, bookingAt('2026-11-23', '10:00'))
    expect(booked.statusCode).toBe(201)
    const referral = { productId: 'pd_sunshine_loan', town: '戴南镇', preferredTime: 'anytime' }
    expect((await post(bank.app, '/referrals', referral, s.auth)).statusCode).toBe(201)
    expect((await post(bank.app, '/dev/reset')).statusCode).toBe(204)
    const count = (table: string) =>
      (bank.app.deps.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
    for (const table of ['bookings', 'booking_sequences', 'referrals', 'referral_events', 'messages'])
      expect([table, count(table)]).toEqual([table, 0])
    expect(count('branch_services')).toBe(8 * 7)
    expect(count('products')).toBe(6)
    const again = await book(bank, logInAs(bank, '13900000001'), bookingAt('2026-11-23', '10:00'))
    expect(again.json().number).toBe('YY20261123-0001')
    await bank.app.close()
  })

  it('a store from the first schema version is migrated and re-seeded', async () => {
    const dbFile = path.join(dir, 'old.db')
    const old = new Database(dbFile)
    old.exec(MIGRATIONS[0])
    old.pragma('user_version = 1')
    old
      .prepare(
        `INSERT INTO users (id, role, phone, created_at) VALUES ('u_old', 'customer', '13987654321', 0)`,
      )
      .run()
    old.close()
    const bank = await makeBank({ dbFile })
    const detail = await get(bank.app, '/branches/br_dainan')
    expect(detail.json().services).toHaveLength(7)
    expect(bank.app.deps.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    await bank.app.close()
  })

  it('without dev endpoints /dev answers 404', async () => {
    const bank = await makeBank({ devEndpoints: false })
    const res = await bank.app.inject({ method: 'GET', url: api('/dev/faults') })
    expect(res.statusCode).toBe(404)
    await bank.app.close()
  })
})
