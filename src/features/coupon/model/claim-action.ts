// What the claim button says, decided from the bank's answers only: the batch as answered, and the
// code of a refusal when the bank said no (the audience, say, which the batch answer cannot tell).
import type { CouponBatch } from '@/contract/coupons'

/** What the claim button offers or says. */
export type ClaimAction =
  | 'claim'
  | 'claimed'
  | 'limit-reached'
  | 'sold-out'
  | 'today-sold-out'
  | 'not-started'
  | 'ended'
  | 'paused'
  | 'not-eligible'

/** The button's words for each action. */
export const CLAIM_LABELS: Record<ClaimAction, string> = {
  claim: '立即领取',
  claimed: '已领取',
  'limit-reached': '已达上限',
  'sold-out': '已抢光',
  'today-sold-out': '今日已抢光',
  'not-started': '未开始',
  ended: '已结束',
  paused: '已暂停',
  'not-eligible': '暂不可领',
}

/** Held as many as one person may: 已领取 for a one-per-person batch, 已达上限 otherwise. */
const heldAction = (batch: CouponBatch): ClaimAction =>
  batch.perUserLimit === 1 ? 'claimed' : 'limit-reached'

/**
 * The action a batch answer allows: the bank's state first (paused, not started, ended), then what the
 * customer already holds (a held coupon says 已领取 even when the rest sold out), then stock and
 * today's share.
 */
export function actionOfBatch(batch: CouponBatch): ClaimAction {
  if (batch.state === 'paused') return 'paused'
  if (batch.state === 'upcoming') return 'not-started'
  if (batch.state === 'ended') return 'ended'
  if (batch.claimedByMe !== undefined && batch.claimedByMe >= batch.perUserLimit) return heldAction(batch)
  // The bank says whether a targeted batch is for this customer; logged out, the claim will ask.
  if (batch.forMe === false) return 'not-eligible'
  if (batch.state === 'sold-out' || batch.left <= 0) return 'sold-out'
  if (batch.leftToday === 0) return 'today-sold-out'
  return 'claim'
}

/** The action a refusal code settles the button on; undefined for codes that say nothing of the batch. */
export function actionOfRefusal(code: string, batch: CouponBatch): ClaimAction | undefined {
  switch (code) {
    case 'COUPON_PAUSED':
      return 'paused'
    case 'COUPON_NOT_STARTED':
      return 'not-started'
    case 'COUPON_ENDED':
      return 'ended'
    case 'COUPON_SOLD_OUT':
      return 'sold-out'
    case 'COUPON_DAILY_SOLD_OUT':
      return 'today-sold-out'
    case 'COUPON_LIMIT_REACHED':
      return heldAction(batch)
    case 'COUPON_NOT_FOR_YOU':
    case 'FORBIDDEN':
      return 'not-eligible'
    default:
      return undefined
  }
}

/** The button: a refusal the bank gave on this page wins over the batch answer it refetched. */
export function claimActionOf(batch: CouponBatch, refusalCode?: string): ClaimAction {
  return (refusalCode && actionOfRefusal(refusalCode, batch)) || actionOfBatch(batch)
}
