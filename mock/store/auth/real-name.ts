// Real-name verification in the mock: what the bank can check of a name and ID, and binding them.
// Any valid ID the bank has no record of passes (standing in for the public-security check a real
// backend makes, with a face match); an ID the bank knows must carry the name it knows, must not be
// someone else's, and, for a household with a pre-approved limit, needs a code sent to the phone the
// bank holds for that household.
import { REAL_NAME_REFUSALS_PER_DAY } from '../../../src/contract/constants'
import type { DailyRefusals } from '../daily-refusals'
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

/** Refused real-name checks: REAL_NAME_REFUSALS_PER_DAY a day, so names cannot be guessed. */
export const REAL_NAME_REFUSALS: DailyRefusals = {
  table: 'real_name_refusals',
  perDay: REAL_NAME_REFUSALS_PER_DAY,
  code: 'REAL_NAME_TOO_MANY_ATTEMPTS',
}
