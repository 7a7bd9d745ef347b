// A batch in words and figures for its card and page: category, validity, claim window, stock, audience.
import type { CouponCategory, CouponState, CustomerTag } from '@/contract/constants'
import type { CouponBatch, CouponValidity } from '@/contract/coupons'
import { beijingDate } from '@/utils/beijing-time'

/** Category names, in the order the filter offers them. */
export const CATEGORY_LABELS: Record<CouponCategory, string> = {
  dining: '餐饮',
  supermarket: '超市',
  agri: '农资',
  fuel: '加油',
  pharmacy: '药店',
}

const TAG_LABELS: Record<CustomerTag, string> = {
  'large-grower': '种植大户',
  'sole-trader': '个体工商户',
  'social-security-card': '持社保卡客户',
}

/** "2026-11-01" → "2026.11.01". */
const dotted = (date: string) => date.replace(/-/g, '.')
/** "2027-01-01T08:00:00+08:00" → "1月1日 08:00" (Beijing wall clock as the bank wrote it). */
const dayAndTime = (iso: string) =>
  `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日 ${iso.slice(11, 16)}`

/** "领取后30天内有效", or "2026.11.01–2027.03.31 有效". */
export function validityText(validity: CouponValidity): string {
  return validity.kind === 'days'
    ? `领取后${validity.days}天内有效`
    : `${dotted(validity.from)}–${dotted(validity.until)} 有效`
}

/** When it can be claimed: "1月1日 08:00 开始领取" before the window, else its last day. */
export function claimWindowText(batch: CouponBatch): string {
  if (batch.state === 'upcoming') return `${dayAndTime(batch.claimStart)} 开始领取`
  // The window's end is exclusive: a midnight end means the day before is the last.
  const last = beijingDate(Date.parse(batch.claimEnd) - 1)
  return `领取截至 ${dotted(last)}`
}

/** Share of the stock still to claim, 0–1, for the bar. */
export function stockShare(batch: CouponBatch): number {
  if (batch.stock <= 0) return 0
  return Math.min(1, Math.max(0, batch.left / batch.stock))
}

/** "剩余480张（共500张）", with today's share when it is capped per day. */
export function stockText(batch: CouponBatch): string {
  const total = `剩余${batch.left}张（共${batch.stock}张）`
  return batch.leftToday === null ? total : `${total}，今日剩余${batch.leftToday}张`
}

/** "种植大户专享" for a targeted batch; undefined for everyone. */
export function audienceText(audience: CustomerTag[]): string | undefined {
  if (audience.length === 0) return undefined
  return `${audience.map((tag) => TAG_LABELS[tag]).join('、')}专享`
}

/** A held coupon's state in words: 可使用, 已使用, 已过期, 已作废. */
export const COUPON_STATE_WORDS: Record<CouponState, string> = {
  usable: '可使用',
  used: '已使用',
  expired: '已过期',
  void: '已作废',
}
