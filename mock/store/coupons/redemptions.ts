// Redeeming a coupon at the till (核销). Lookup reads the coupon the QR or typed code names and hands
// the merchant a ticket; redeem spends it in one immediate transaction, so two tills scanning one
// coupon at the same moment redeem it once; a same-day reversal gives it back. Wrong typed codes are
// counted per merchant, so a code cannot be found by typing numbers until one fits.
import { randomUUID } from 'node:crypto'
import {
  REDEEM_CODE_WRONG_PER_WINDOW,
  REDEEM_CODE_WRONG_WINDOW_MINUTES,
} from '../../../src/contract/constants'
import type {
  CouponLookupRequest,
  CouponLookupResult,
  MerchantRedemption,
  RedeemRequest,
} from '../../../src/contract/redemptions'
import { beijingDate } from '../../../src/utils/beijing-time'
import { formatBeijing } from '../../../src/utils/beijing-format'
import { formatMonthDay } from '../../../src/utils/date-text'
import { formatFen } from '../../../src/utils/money'
import { isRedeemCode } from '../../../src/utils/redeem-code'
import { bankError, fieldError, notFound, type BusinessError } from '../../errors'
import type { Db } from '../db'
import { assertGuessesLeft, recordWrongGuess, type WrongGuesses } from '../wrong-guesses'
import { findBatch, ruleTextOf, type CouponBatchRow } from './batches'
import { couponState, type CouponRow } from './claims'
import { notifyCouponRedeemed, notifyRedemptionReversed } from './coupon-messages'
import { ownerMasked, shopNameOf } from './parties'
import { issueRedeemTicket, readCouponToken, readRedeemTicket } from './redeem-proofs'

/** A coupon_redemptions row. */
export interface RedemptionRow {
  seq: number
  id: string
  coupon_id: string
  merchant_id: string
  request_no: string
  order_amount_fen: number
  discount_fen: number
  redeemed_at: number
  business_date: string
  reversed_at: number | null
}

/** What the order must reach and what the bank pays the merchant back, by coupon type. */
export function redemptionTerms(batch: CouponBatchRow): { thresholdFen: number; discountFen: number } {
  switch (batch.type) {
    case 'discount':
    case 'topup-rebate':
      return { thresholdFen: batch.threshold_fen ?? 0, discountFen: batch.discount_fen ?? 0 }
    case 'penny':
      // The item rings up at its list price and the customer pays one fen of it.
      return { thresholdFen: batch.list_price_fen ?? 0, discountFen: (batch.list_price_fen ?? 1) - 1 }
  }
}

const findCouponBy = (db: Db, column: 'token_ref' | 'redeem_code', value: string) =>
  db.prepare(`SELECT * FROM coupons WHERE ${column} = ?`).get(value) as CouponRow | undefined

const liveRedemptionOf = (db: Db, couponId: string) =>
  db.prepare('SELECT * FROM coupon_redemptions WHERE coupon_id = ? AND reversed_at IS NULL').get(couponId) as
    RedemptionRow | undefined

/** Refuses a coupon this merchant cannot redeem now, each case with its own words. */
function assertRedeemable(
  db: Db,
  coupon: CouponRow,
  batch: CouponBatchRow,
  merchantId: string,
  nowMs: number,
) {
  if (batch.merchant_id !== merchantId) {
    throw bankError('COUPON_NOT_THIS_MERCHANT', {
      message: `该券只能在${shopNameOf(db, batch.merchant_id)}使用`,
    })
  }
  const state = couponState(coupon, nowMs)
  if (state === 'used') {
    const live = liveRedemptionOf(db, coupon.id)
    const at = new Date(live?.redeemed_at ?? coupon.used_at ?? nowMs).toISOString()
    const day = beijingDate(at) === beijingDate(nowMs) ? '今天' : formatMonthDay(beijingDate(at))
    throw bankError('COUPON_ALREADY_REDEEMED', {
      message: `该券已于${day} ${formatBeijing(at, 'HH:mm')}在${shopNameOf(db, live?.merchant_id ?? merchantId)}核销`,
      details: { redeemedAt: at },
    })
  }
  if (state === 'void') throw bankError('COUPON_VOID')
  if (state === 'expired') {
    throw bankError('COUPON_EXPIRED', { message: `该券已于${formatMonthDay(coupon.valid_until)}过期` })
  }
  if (coupon.valid_from > beijingDate(nowMs)) {
    throw bankError('COUPON_NOT_YET_VALID', {
      message: `该券${formatMonthDay(coupon.valid_from)}起可用`,
    })
  }
}

/** Wrong typed coupon codes, counted per merchant; the 429 says how many minutes to wait. */
const REDEEM_CODE_GUESSES: WrongGuesses = {
  table: 'redeem_code_failures',
  userColumn: 'merchant_id',
  perWindow: REDEEM_CODE_WRONG_PER_WINDOW,
  windowMinutes: REDEEM_CODE_WRONG_WINDOW_MINUTES,
  code: 'REDEEM_CODE_LOCKED',
  message: (seconds) => `券码输错次数过多，请${Math.ceil(seconds / 60)}分钟后再试，或扫描顾客的二维码`,
}

/** The coupon a lookup names, or the refusal of a bad proof. */
function couponOfProof(db: Db, body: CouponLookupRequest, secret: string, nowMs: number): CouponRow {
  if (body.token !== undefined) {
    const check = readCouponToken(secret, body.token, nowMs)
    if (check.kind === 'invalid') throw bankError('REDEEM_TOKEN_INVALID')
    if (check.kind === 'expired') throw bankError('REDEEM_TOKEN_EXPIRED')
    const coupon = findCouponBy(db, 'token_ref', check.ref)
    if (!coupon) throw bankError('REDEEM_TOKEN_INVALID')
    return coupon
  }
  const coupon = findCouponBy(db, 'redeem_code', body.code!)
  if (!coupon) throw bankError('REDEEM_CODE_WRONG')
  return coupon
}

/**
 * The coupon the scanned token or typed code names, as the merchant sees it, with a ticket to redeem
 * it. A typed code naming no coupon, or another merchant's, is counted against the merchant; the limit
 * is read and the failure counted under one write lock, so parallel guesses cannot all slip under it.
 */
export function lookupCoupon(
  db: Db,
  merchantId: string,
  body: CouponLookupRequest,
  secret: string,
  nowMs: number,
): CouponLookupResult {
  if ((body.token === undefined) === (body.code === undefined)) {
    throw fieldError('code', '请扫描顾客的券码，或输入12位数字券码')
  }
  if (body.code !== undefined && !isRedeemCode(body.code)) {
    // A typo the check digit catches is not a guess: refused without counting.
    throw fieldError('code', '券码有误，请核对12位数字')
  }
  const typed = body.code !== undefined
  const outcome = db
    .transaction(
      (): { kind: 'found'; result: CouponLookupResult } | { kind: 'refused'; error: BusinessError } => {
        if (typed) assertGuessesLeft(db, REDEEM_CODE_GUESSES, merchantId, nowMs)
        try {
          const coupon = couponOfProof(db, body, secret, nowMs)
          const batch = findBatch(db, coupon.batch_id)!
          assertRedeemable(db, coupon, batch, merchantId, nowMs)
          const { ticket, expiresAtMs } = issueRedeemTicket(
            secret,
            coupon.token_ref,
            merchantId,
            reversalsOf(db, coupon.id),
            nowMs,
          )
          const terms = redemptionTerms(batch)
          const view: CouponLookupResult['coupon'] = {
            title: batch.title,
            ruleText: ruleTextOf(batch),
            type: batch.type,
            discountFen: terms.discountFen,
            state: couponState(coupon, nowMs),
            validUntil: coupon.valid_until,
            ownerMasked: ownerMasked(db, coupon.owner_id),
          }
          if (terms.thresholdFen > 0) view.thresholdFen = terms.thresholdFen
          return {
            kind: 'found',
            result: { ticket, ticketExpiresAt: new Date(expiresAtMs).toISOString(), coupon: view },
          }
        } catch (error) {
          const code = (error as BusinessError).code
          const counted = code === 'REDEEM_CODE_WRONG' || code === 'COUPON_NOT_THIS_MERCHANT'
          if (!typed || !counted) throw error
          recordWrongGuess(db, REDEEM_CODE_GUESSES, merchantId, nowMs)
          return { kind: 'refused', error: error as BusinessError }
        }
      },
    )
    .immediate()
  if (outcome.kind === 'refused') throw outcome.error
  return outcome.result
}

/**
 * Redeems the coupon the ticket names for the order. The till's retry with the same request number
 * answers the first redemption, even once the ticket has expired; a request number of another coupon
 * is refused. The coupon is re-checked here (it may have been used since the lookup).
 */
export function redeemCoupon(
  db: Db,
  merchantId: string,
  body: RedeemRequest,
  secret: string,
  nowMs: number,
): { row: RedemptionRow; replayed: boolean } {
  return db
    .transaction(() => {
      const earlier = db
        .prepare('SELECT * FROM coupon_redemptions WHERE merchant_id = ? AND request_no = ?')
        .get(merchantId, body.requestNo) as RedemptionRow | undefined
      const check = readRedeemTicket(secret, body.ticket, merchantId, nowMs)
      if (earlier) {
        const earlierCoupon = db
          .prepare('SELECT token_ref FROM coupons WHERE id = ?')
          .get(earlier.coupon_id) as {
          token_ref: string
        }
        // A retry is the same coupon for the same amount; an expired ticket still names its coupon (the
        // reference is in the signed part). Anything else under this number is another redemption.
        const sameCoupon = check.kind !== 'invalid' && check.ref === earlierCoupon.token_ref
        if (!sameCoupon || earlier.order_amount_fen !== body.orderAmountFen)
          throw bankError('REQUEST_NO_REUSED')
        if (earlier.reversed_at !== null) {
          throw bankError('REDEMPTION_REVERSED', {
            message: `该笔核销已于${formatBeijing(new Date(earlier.reversed_at).toISOString(), 'HH:mm')}撤销，券已退回顾客`,
          })
        }
        return { row: earlier, replayed: true }
      }
      if (check.kind !== 'ok') throw bankError('REDEEM_TICKET_INVALID')
      const coupon = findCouponBy(db, 'token_ref', check.ref)
      if (!coupon) throw bankError('REDEEM_TICKET_INVALID')
      // After a reversal the customer shows the coupon again: a till cannot redeem it twice on one look-up.
      if (check.round !== reversalsOf(db, coupon.id)) throw bankError('REDEEM_TICKET_INVALID')
      const batch = findBatch(db, coupon.batch_id)!
      assertRedeemable(db, coupon, batch, merchantId, nowMs)
      const terms = redemptionTerms(batch)
      if (body.orderAmountFen < terms.thresholdFen) {
        throw bankError('ORDER_BELOW_THRESHOLD', {
          message: `订单金额未满${formatFen(terms.thresholdFen)}元，不能使用此券`,
          details: {
            fields: [{ field: 'orderAmountFen', message: `订单金额需满${formatFen(terms.thresholdFen)}元` }],
          },
        })
      }
      const spent = db
        .prepare('UPDATE coupons SET used_at = ? WHERE id = ? AND used_at IS NULL AND voided_at IS NULL')
        .run(nowMs, coupon.id)
      if (spent.changes !== 1) throw bankError('COUPON_ALREADY_REDEEMED')
      const id = `rd_${randomUUID()}`
      db.prepare(
        `INSERT INTO coupon_redemptions
           (id, coupon_id, merchant_id, request_no, order_amount_fen, discount_fen, redeemed_at, business_date)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        coupon.id,
        merchantId,
        body.requestNo,
        body.orderAmountFen,
        terms.discountFen,
        nowMs,
        beijingDate(nowMs),
      )
      const row = db.prepare('SELECT * FROM coupon_redemptions WHERE id = ?').get(id) as RedemptionRow
      notifyCouponRedeemed(db, coupon, batch, row, nowMs)
      return { row, replayed: false }
    })
    .immediate()
}

/** How many times the coupon's redemption was reversed: a ticket of an earlier round is spent. */
const reversalsOf = (db: Db, couponId: string) =>
  (
    db
      .prepare('SELECT COUNT(*) AS n FROM coupon_redemptions WHERE coupon_id = ? AND reversed_at IS NOT NULL')
      .get(couponId) as { n: number }
  ).n

/** Gives the coupon of the merchant's own redemption of today back to its owner. */
export function reverseRedemption(
  db: Db,
  merchantId: string,
  redemptionId: string,
  nowMs: number,
): RedemptionRow {
  return db
    .transaction(() => {
      const row = db
        .prepare('SELECT * FROM coupon_redemptions WHERE id = ? AND merchant_id = ?')
        .get(redemptionId, merchantId) as RedemptionRow | undefined
      if (!row) throw notFound('核销记录不存在')
      if (row.reversed_at !== null) throw bankError('REDEMPTION_REVERSED')
      if (row.business_date !== beijingDate(nowMs)) throw bankError('REVERSAL_WINDOW_CLOSED')
      db.prepare('UPDATE coupon_redemptions SET reversed_at = ? WHERE id = ?').run(nowMs, row.id)
      db.prepare('UPDATE coupons SET used_at = NULL WHERE id = ?').run(row.coupon_id)
      const coupon = db.prepare('SELECT * FROM coupons WHERE id = ?').get(row.coupon_id) as CouponRow
      notifyRedemptionReversed(db, coupon, findBatch(db, coupon.batch_id)!, nowMs)
      return db.prepare('SELECT * FROM coupon_redemptions WHERE id = ?').get(row.id) as RedemptionRow
    })
    .immediate()
}

/** A redemption as the merchant sees it. */
export function toMerchantRedemption(
  db: Db,
  row: RedemptionRow,
  nowMs: number,
  replayed = false,
): MerchantRedemption {
  const coupon = db.prepare('SELECT * FROM coupons WHERE id = ?').get(row.coupon_id) as CouponRow
  const batch = findBatch(db, coupon.batch_id)!
  const view: MerchantRedemption = {
    id: row.id,
    requestNo: row.request_no,
    couponTitle: batch.title,
    ruleText: ruleTextOf(batch),
    ownerMasked: ownerMasked(db, coupon.owner_id),
    orderAmountFen: row.order_amount_fen,
    discountFen: row.discount_fen,
    redeemedAt: new Date(row.redeemed_at).toISOString(),
    businessDate: row.business_date,
    canReverse: row.reversed_at === null && row.business_date === beijingDate(nowMs),
    replayed,
  }
  if (row.reversed_at !== null) view.reversedAt = new Date(row.reversed_at).toISOString()
  return view
}

/** Where and for how much the owner's used coupon was redeemed. */
export function liveRedemption(db: Db, couponId: string) {
  const row = liveRedemptionOf(db, couponId)
  if (!row) return undefined
  return {
    merchantName: shopNameOf(db, row.merchant_id),
    redeemedAt: new Date(row.redeemed_at).toISOString(),
    orderAmountFen: row.order_amount_fen,
    discountFen: row.discount_fen,
  }
}
