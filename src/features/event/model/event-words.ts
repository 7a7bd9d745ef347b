// How events are put in words: kinds, states, sign-up statuses, times, and a loan product's APR.
import type { EventSignupStatus, EventState, EventType } from '@/contract/constants'
import type { EventSummary, MyEventSignup } from '@/contract/events'
import type { Product } from '@/contract/products'
import { formatRateRange } from '@/utils/money'

/** 答谢会, 整村授信宣讲会, 商户沙龙, 行业协会会销. */
export const EVENT_TYPE_NAMES: Record<EventType, string> = {
  'thank-you': '答谢会',
  'village-credit': '整村授信宣讲会',
  'merchant-salon': '商户沙龙',
  association: '行业协会会销',
}

/** What an event's state means to a visitor. */
export const EVENT_STATE_NAMES: Record<EventState, string> = {
  open: '报名中',
  full: '已满，可候补',
  started: '进行中',
  ended: '已结束',
}

/** 已报名 / 候补第 N 位 / 已签到 / 未到场 / 已取消 / 未候补上. */
export function signupStatusText(signup: Pick<MyEventSignup, 'status' | 'waitlistPosition'>): string {
  const names: Record<EventSignupStatus, string> = {
    registered: '已报名',
    waitlisted: `候补第 ${signup.waitlistPosition ?? 1} 位`,
    'checked-in': '已签到',
    'no-show': '未到场',
    cancelled: '已取消',
    'not-admitted': '未候补上',
  }
  return names[signup.status]
}

/** Whether a sign-up still holds a place or a place in line (or was used): it can be shown, shared, cancelled. */
export function isActiveSignup(signup: Pick<MyEventSignup, 'status'>): boolean {
  return signup.status === 'registered' || signup.status === 'waitlisted' || signup.status === 'checked-in'
}

/** "剩余 12 个名额（共 60 人）", or how many wait once it is full. */
export function placesText(event: Pick<EventSummary, 'placesLeft' | 'capacity' | 'waitlisted' | 'state'>) {
  if (event.state === 'ended') return `共 ${event.capacity} 个名额`
  if (event.placesLeft > 0) return `剩余 ${event.placesLeft} 个名额（共 ${event.capacity} 人）`
  return event.waitlisted > 0 ? `名额已满，${event.waitlisted} 人候补中` : '名额已满，可报名候补'
}

/** A loan product's APR, always shown where the product is mentioned: "年化利率 3.65%–7.20%". */
export function aprText(product: Product): string | undefined {
  if (product.aprMinBp === undefined || product.aprMaxBp === undefined) return undefined
  return `年化利率（单利）${formatRateRange(product.aprMinBp, product.aprMaxBp)}`
}
