// Messages the bank sends about a referral: every status step after submission.
import type { PreferredTime, ReferralStatus } from '../../../src/contract/constants'
import { maskName } from '../../../src/utils/mask'
import type { Db } from '../db'
import { addMessage } from '../messages/messages'
import type { ReferralRow } from './referral-row'

const TIMES: Record<PreferredTime, string> = {
  morning: '上午',
  afternoon: '下午',
  evening: '晚上',
  anytime: '任意时间',
}

/** Tells the customer manager a referral was assigned to them: who (masked), what, and when to call. */
export function notifyManager(db: Db, row: ReferralRow, nowMs: number): void {
  const r = db
    .prepare(
      'SELECT p.name AS product, u.real_name AS customer FROM products p, users u WHERE p.id = ? AND u.id = ?',
    )
    .get(row.product_id, row.customer_id) as { product: string; customer: string | null }
  const who = r.customer ? `客户 ${maskName(r.customer)}` : '一位客户'
  addMessage(
    db,
    {
      userId: row.manager_id,
      kind: 'referral',
      title: '新的转介客户',
      body: `${who}想了解「${r.product}」（${row.town}），希望${TIMES[row.preferred_time]}联系，请及时跟进。`,
      link: { type: 'staff-referral', id: row.id },
    },
    nowMs,
  )
}

/** Tells the customer the referral's current status (nothing for 'submitted'). */
export function notifyReferral(db: Db, row: ReferralRow, nowMs: number): void {
  const r = db
    .prepare(
      'SELECT p.name AS product, u.real_name AS manager FROM products p, users u WHERE p.id = ? AND u.id = ?',
    )
    .get(row.product_id, row.manager_id) as { product: string; manager: string | null }
  const manager = `客户经理 ${maskName(r.manager ?? '')}`
  const text: Record<Exclude<ReferralStatus, 'submitted'>, [string, string]> = {
    assigned: [
      '已为您安排客户经理',
      `您咨询的「${r.product}」已转给${row.town}${manager}，将在${TIMES[row.preferred_time]}与您联系。`,
    ],
    contacted: ['客户经理已联系您', `「${r.product}」：${manager}已与您联系，如有疑问可继续咨询。`],
    done: ['咨询已办结', `「${r.product}」的咨询已办结，感谢您的信任。`],
    closed: ['咨询已关闭', `「${r.product}」的咨询已关闭，如仍有需要可再次提交。`],
  }
  if (row.status === 'submitted') return
  const [title, body] = text[row.status]
  addMessage(
    db,
    { userId: row.customer_id, kind: 'referral', title, body, link: { type: 'referral', id: row.id } },
    nowMs,
  )
}
