// Login as one atomic operation: check the SMS code, register if new, bind WeChat, open a session.
import { type SessionTransport } from '../../../src/contract/constants'
import { bankError } from '../../errors'
import type { Db } from '../db'
import { createSession, type NewSession } from './sessions'
import { checkSmsCode, smsCodeError, type SmsRefusal } from './sms'
import {
  bindWechat,
  findOrCreateCustomer,
  findUserById,
  recordPrivacyAcceptance,
  type UserRow,
} from './users'
import { consumeWechatTicket } from './wechat'

/** What a login attempt needs. */
export interface SmsLoginInput {
  phone: string
  code: string
  transport: SessionTransport
  privacyVersion: string
  wechatTicket?: string
  /** Server secret keying stored SMS codes. */
  secret: string
}

/** The logged-in user and the new session. */
export interface SmsLogin {
  user: UserRow
  session: NewSession
}

/**
 * Runs the whole login in one transaction. A refused code is thrown after the transaction commits,
 * so the wrong attempt stays counted; any other refusal rolls back and leaves the code unused.
 */
export function loginWithSms(db: Db, input: SmsLoginInput, nowMs: number): SmsLogin {
  const outcome = db
    .transaction((): ({ kind: 'ok' } & SmsLogin) | SmsRefusal => {
      const check = checkSmsCode(
        db,
        { phone: input.phone, code: input.code, purpose: 'login', secret: input.secret },
        nowMs,
      )
      if (check.kind !== 'ok') return check
      const user = findOrCreateCustomer(db, input.phone, nowMs)
      if (input.wechatTicket) {
        const openid = consumeWechatTicket(db, input.wechatTicket, nowMs)
        if (!openid) throw bankError('WECHAT_TICKET_INVALID')
        if (!bindWechat(db, user.id, openid)) {
          throw bankError('WECHAT_ALREADY_BOUND')
        }
      }
      recordPrivacyAcceptance(db, user.id, input.privacyVersion, nowMs)
      const session = createSession(db, user.id, input.transport, nowMs)
      return { kind: 'ok', user: findUserById(db, user.id)!, session }
    })
    .immediate()
  if (outcome.kind !== 'ok') throw smsCodeError(outcome)
  return outcome
}
