// The claim button's words from the bank's answers: the batch (state, stock, what the customer holds)
// and, once the bank refused, the refusal's code.
import type { CouponBatch } from '@/contract/coupons'
import { CLAIM_LABELS, actionOfBatch, claimActionOf } from '@/features/coupon/model/claim-action'
import { claimWindowText, stockShare, stockText, validityText } from '@/features/coupon/model/batch-words'

const batch = (overrides: Partial<CouponBatch> = {}): CouponBatch => ({
  id: 'cb_test',
  merchant: {
    id: 'u_m0201',
    shopName: '戴南好邻居超市（示例）',
    town: '戴南镇',
    address: '—',
    lat: 0,
    lng: 0,
  },
  type: 'discount',
  category: 'supermarket',
  title: '满减券',
  ruleText: '满100减20',
  rules: '',
  claimStart: '2026-11-01T00:00:00+08:00',
  claimEnd: '2027-07-01T00:00:00+08:00',
  validity: { kind: 'days', days: 30 },
  stock: 500,
  left: 480,
  perUserLimit: 1,
  leftToday: null,
  audience: [],
  state: 'active',
  ...overrides,
})
const label = (b: CouponBatch, refusal?: string) => CLAIM_LABELS[claimActionOf(b, refusal)]

describe('from the batch answer', () => {
  it('offers the claim while the batch is open and the customer holds fewer than the limit', () => {
    expect(label(batch())).toBe('立即领取')
    expect(label(batch({ claimedByMe: 0 }))).toBe('立即领取')
    expect(label(batch({ perUserLimit: 2, claimedByMe: 1 }))).toBe('立即领取')
  })

  it('says 已领取 for a one-per-person batch held, 已达上限 when a larger limit is reached', () => {
    expect(label(batch({ claimedByMe: 1 }))).toBe('已领取')
    expect(label(batch({ perUserLimit: 2, claimedByMe: 2 }))).toBe('已达上限')
  })

  it('says what the bank’s state is: paused, not started, ended, sold out', () => {
    expect(label(batch({ state: 'paused' }))).toBe('已暂停')
    expect(label(batch({ state: 'upcoming' }))).toBe('未开始')
    expect(label(batch({ state: 'ended' }))).toBe('已结束')
    expect(label(batch({ state: 'sold-out', left: 0 }))).toBe('已抢光')
  })

  it('keeps 已领取 on a batch the customer holds even after the rest sold out; a pause wins over both', () => {
    expect(label(batch({ state: 'sold-out', left: 0, claimedByMe: 1 }))).toBe('已领取')
    expect(label(batch({ state: 'paused', claimedByMe: 1 }))).toBe('已暂停')
  })

  it('says 今日已抢光 when today’s share is gone but the stock is not', () => {
    expect(label(batch({ leftToday: 0 }))).toBe('今日已抢光')
    expect(label(batch({ leftToday: 3 }))).toBe('立即领取')
  })
})

describe('after a refusal', () => {
  it('settles on the refusal’s code, which the batch answer may not show (the audience)', () => {
    const targeted = batch({ audience: ['large-grower'] })
    expect(actionOfBatch(targeted)).toBe('claim')
    expect(label(targeted, 'COUPON_NOT_FOR_YOU')).toBe('暂不可领')
    expect(label(batch(), 'COUPON_SOLD_OUT')).toBe('已抢光')
    expect(label(batch(), 'COUPON_DAILY_SOLD_OUT')).toBe('今日已抢光')
    expect(label(batch(), 'COUPON_LIMIT_REACHED')).toBe('已领取')
    expect(label(batch({ perUserLimit: 3 }), 'COUPON_LIMIT_REACHED')).toBe('已达上限')
    expect(label(batch(), 'COUPON_PAUSED')).toBe('已暂停')
    expect(label(batch(), 'COUPON_NOT_STARTED')).toBe('未开始')
    expect(label(batch(), 'COUPON_ENDED')).toBe('已结束')
  })

  it('leaves the button to the batch after a failure that says nothing about it (no network)', () => {
    expect(label(batch(), 'NETWORK_ERROR')).toBe('立即领取')
    expect(label(batch({ claimedByMe: 1 }), 'TIMEOUT')).toBe('已领取')
  })
})

describe('a batch in words', () => {
  it('writes validity, the claim window (its end is exclusive) and the stock', () => {
    expect(validityText({ kind: 'days', days: 7 })).toBe('领取后7天内有效')
    expect(validityText({ kind: 'fixed', from: '2026-11-01', until: '2027-03-31' })).toBe(
      '2026.11.01–2027.03.31 有效',
    )
    expect(claimWindowText(batch())).toBe('领取截至 2027.06.30')
    expect(claimWindowText(batch({ state: 'upcoming', claimStart: '2027-01-01T08:00:00+08:00' }))).toBe(
      '1月1日 08:00 开始领取',
    )
    expect(stockText(batch())).toBe('剩余480张（共500张）')
    expect(stockText(batch({ leftToday: 4 }))).toBe('剩余480张（共500张），今日剩余4张')
    expect(stockShare(batch())).toBeCloseTo(0.96)
    expect(stockShare(batch({ stock: 0, left: 0 }))).toBe(0)
  })
})
