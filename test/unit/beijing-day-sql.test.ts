// The SQL day of the campaign figures agrees with the app's beijingDate around Beijing midnight
// (16:00 UTC), where a UTC date would put late-evening sign-ups on the wrong day.
import Database from 'better-sqlite3'
import { beijingDay } from '../../mock/store/campaign/sql'
import { beijingDate } from '@/utils/beijing-time'

const db = new Database(':memory:')
afterAll(() => db.close())

it.each([
  '2026-11-29T15:59:59.999Z',
  '2026-11-29T16:00:00.000Z',
  '2026-12-31T16:00:00.000Z',
  '2027-01-01T00:00:00.000Z',
])('dates %s as beijingDate does', (iso) => {
  const ms = Date.parse(iso)
  const row = db.prepare(`SELECT ${beijingDay(':t')} AS day`).get({ t: ms }) as { day: string }
  expect(row.day).toBe(beijingDate(ms))
})

it('puts 23:59:59 Beijing on its day and 00:00 on the next', () => {
  const day = (ms: number) => (db.prepare(`SELECT ${beijingDay('?')} AS day`).get(ms) as { day: string }).day
  expect(day(Date.parse('2026-11-29T23:59:59+08:00'))).toBe('2026-11-29')
  expect(day(Date.parse('2026-11-30T00:00:00+08:00'))).toBe('2026-11-30')
})
