// Real-name verification in the mock: what the bank can check of a name and ID, and binding them.
// Any valid ID the bank has no record of passes (standing in for the public-security check a real
// backend makes, with a face match); an ID the bank knows must carry the name it knows, must not be
// someone else's, and, for a household with a pre-approved limit, needs a code sent to the phone the
// bank holds for that household.
import { REAL_NAME_REFUSALS_PER_DAY } from '../../../src/contract/constants'
import { beijingDate, beijingInstant } from '../../../src/utils/beijing-time'
import { addDays } from '../../../src/utils/calendar-date'
import { bankError } from '../../errors'
import type { Db } from '../db'
import { checkSmsCode, smsCodeError, type SmsRefusal } from './sms'
import { bindRealName } from './users'

/** What binding a name and ID to a user needs. */
export type RealNameCheck = { kind: 'refused' } | { kind: 'bind' } | { kind: 'second-factor'; phone: string }

interface Household {
  household_name: string
  phone: string | null
}

/** Decides what binding `name` and `idNumber` to this user needs, without changing anything. */
export function checkRealName(
  db: Db,
  user: { id: string; phone: string },
  name: string,
  idNumber: string,
): RealNameCheck {
  const holder = db.prepare('SELECT id FROM users WHERE id_number = ? AND id <> ?').get(idNumber, user.id)
  if (holder) return { kind: 'refused' }
  const household = db
    .prepare('SELECT household_name, phone FROM whitelist WHERE id_number = ?')
    .get(idNumber) as Household | undefined
  if (!household) return { kind: 'bind' }
  if (household.household_name !== name || !household.phone) return { kind: 'refused' }
  // Logging in by SMS already proved the household's phone.
  if (household.phone === user.phone) return { kind: 'bind' }
  return { kind: 'second-factor', phone: household.phone }
}

/** How binding ended. */
export type BindOutcome = 'BOUND' | 'ALREADY_BOUND' | 'REFUSED'

/**
 * Binds after the second factor: the code texted to the household's phone is checked (a wrong one
 * stays counted) and the binding made in one transaction; a refused code is thrown after it commits.
 */
export function bindWithCode(
  db: Db,
  userId: string,
  identity: { name: string; idNumber: string },
  code: { phone: string; value: string; secret: string },
  nowMs: number,
): BindOutcome {
  const outcome = db
    .transaction((): { kind: 'done'; result: BindOutcome } | SmsRefusal => {
      const check = checkSmsCode(
        db,
        { phone: code.phone, code: code.value, purpose: 'real-name', secret: code.secret },
        nowMs,
      )
      if (check.kind !== 'ok') return check
      const result = bindRealName(db, userId, identity.name, identity.idNumber, nowMs)
      return { kind: 'done', result: result === 'ID_IN_USE' ? 'REFUSED' : result }
    })
    .immediate()
  if (outcome.kind !== 'done') throw smsCodeError(outcome, 'smsCode')
  return outcome.result
}

/**
 * 429 once the account had its refused checks for today; call before checking. Refusals older than a
 * day are purged here.
 */
export function assertRealNameAttemptsLeft(db: Db, userId: string, nowMs: number): void {
  db.prepare('DELETE FROM real_name_refusals WHERE refused_at < ?').run(nowMs - 25 * 3600_000)
  const today = beijingInstant(beijingDate(nowMs), 0)
  const { n } = db
    .prepare('SELECT COUNT(*) AS n FROM real_name_refusals WHERE user_id = ? AND refused_at >= ?')
    .get(userId, today) as { n: number }
  if (n < REAL_NAME_REFUSALS_PER_DAY) return
  const midnight = beijingInstant(addDays(beijingDate(nowMs), 1), 0)
  throw bankError('REAL_NAME_TOO_MANY_ATTEMPTS', {
    details: { retryAfterSeconds: Math.ceil((midnight - nowMs) / 1000) },
  })
}

/** Counts a refused check against the account (it stays counted whatever else fails). */
export function recordRealNameRefusal(db: Db, userId: string, nowMs: number): void {
  db.prepare('INSERT INTO real_name_refusals (user_id, refused_at) VALUES (?, ?)').run(userId, nowMs)
}
