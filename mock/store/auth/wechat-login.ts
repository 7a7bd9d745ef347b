// WeChat login as one atomic operation: a bound openid gets a bearer session, else a ticket.
import type { Db } from '../db'
import { createSession } from './sessions'
import { findUserByOpenid, findUserById, recordPrivacyAcceptance, type UserRow } from './users'
import { issueWechatTicket, openidForCode, useWechatCode } from './wechat'

/** Logged in with a bearer token, or a ticket to finish with an SMS login. */
export type WechatLoginOutcome =
  { kind: 'logged_in'; user: UserRow; token: string } | { kind: 'needs_phone'; ticket: string }

/** Resolves the openid for a wx.login() code (once: 422 WECHAT_CODE_INVALID) and logs in or issues a ticket. */
export function loginWithWechat(
  db: Db,
  login: { code: string; privacyVersion: string; secret: string },
  nowMs: number,
): WechatLoginOutcome {
  const { code, privacyVersion, secret } = login
  return db
    .transaction((): WechatLoginOutcome => {
      useWechatCode(db, code, secret, nowMs)
      const openid = openidForCode(code, secret)
      const user = findUserByOpenid(db, openid)
      if (!user) return { kind: 'needs_phone', ticket: issueWechatTicket(db, openid, nowMs) }
      recordPrivacyAcceptance(db, user.id, privacyVersion, nowMs)
      const { token } = createSession(db, user.id, 'bearer', nowMs)
      return { kind: 'logged_in', user: findUserById(db, user.id)!, token }
    })
    .immediate()
}
