// Login as one atomic operation: check the SMS code, register if new, bind WeChat, open a session.
import { ERROR_CODES, type SessionTransport } from '../../src/contract/constants'
import { BusinessError } from '../http/errors'
import type { Db } from './db'
import { createSession, type NewSession } from './sessions'
import { checkSmsCode, type CheckCodeResult } from './sms'
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
}

/** Either the logged-in user and session, or why the code was refused (already recorded). */
export type SmsLoginOutcome =
  { kind: 'ok'; user: UserRow; session: NewSession } | Exclude<CheckCodeResult, { kind: 'ok' }>

/** Runs the whole login in one transaction; a thrown BusinessError leaves the code unused. */
export function loginWithSms(db: Db, input: SmsLoginInput, nowMs: number): SmsLoginOutcome {
  return db
    .transaction((): SmsLoginOutcome => {
      const check = checkSmsCode(db, input.phone, input.code, nowMs)
      if (check.kind !== 'ok') return check
      const user = findOrCreateCustomer(db, input.phone, nowMs)
      if (input.wechatTicket) {
        const openid = consumeWechatTicket(db, input.wechatTicket, nowMs)
        if (!openid)
          throw new BusinessError(422, ERROR_CODES.WECHAT_TICKET_INVALID, '微信登录已失效，请重新进入小程序')
        if (!bindWechat(db, user.id, openid)) {
          throw new BusinessError(409, ERROR_CODES.WECHAT_ALREADY_BOUND, '该手机号或微信已绑定其他账户')
        }
      }
      recordPrivacyAcceptance(db, user.id, input.privacyVersion, nowMs)
      const session = createSession(db, user.id, input.transport, nowMs)
      return { kind: 'ok', user: findUserById(db, user.id)!, session }
    })
    .immediate()
}
