// What the merchant types at the till, read before anything is sent: the coupon's 12-digit code (its
// check digit catches a slip of the finger) and the order amount in yuan, as integer fen.
import { REDEEM_CODE_LENGTH } from '@/contract/constants'
import { formatFen, parseYuanToFen } from '@/utils/money'
import { isRedeemCode, normaliseRedeemCode } from '@/utils/redeem-code'

/** A typed value read, or why it cannot be sent. */
export type Typed<T> = { ok: true; value: T } | { ok: false; message: string }

/** The code under the customer's QR, spaces allowed. */
export function readRedeemCode(typed: string): Typed<string> {
  const code = normaliseRedeemCode(typed)
  if (!code) return { ok: false, message: `请输入顾客券上的${REDEEM_CODE_LENGTH}位数字券码` }
  if (!/^\d+$/.test(code) || code.length !== REDEEM_CODE_LENGTH) {
    return {
      ok: false,
      message: `券码为${REDEEM_CODE_LENGTH}位数字，当前${code.replace(/\D/g, '').length}位`,
    }
  }
  if (!isRedeemCode(code)) return { ok: false, message: '券码有误，请逐位核对后重新输入' }
  return { ok: true, value: code }
}

/** The order amount in yuan; at least the coupon's threshold when it has one. */
export function readOrderAmount(typed: string, thresholdFen?: number): Typed<number> {
  if (!typed.trim()) return { ok: false, message: '请输入本单金额' }
  const fen = parseYuanToFen(typed)
  if (fen === undefined) return { ok: false, message: '金额格式有误，如 128 或 128.50' }
  if (fen <= 0) return { ok: false, message: '本单金额需大于0' }
  if (fen > 100_000_000) return { ok: false, message: '本单金额不能超过1,000,000元' }
  if (thresholdFen !== undefined && fen < thresholdFen) {
    return { ok: false, message: `订单金额未满${formatFen(thresholdFen)}元，不能使用此券` }
  }
  return { ok: true, value: fen }
}

/** The coupon's terms as the till reads them, by type: [what, how much] pairs. */
export function termsAtTill(coupon: {
  type: 'discount' | 'penny' | 'topup-rebate'
  thresholdFen?: number
  discountFen: number
}): [string, string][] {
  const threshold = coupon.thresholdFen ?? 0
  switch (coupon.type) {
    case 'penny':
      // The item rings up at its list price; the coupon takes all of it but one fen.
      return [
        ['商品原价', `¥${formatFen(threshold)}`],
        ['顾客只需付', `¥${formatFen(threshold - coupon.discountFen)}`],
      ]
    case 'topup-rebate':
      return [
        ['充值门槛', `充满${formatFen(threshold)}元`],
        ['返还金额', `¥${formatFen(coupon.discountFen)}`],
      ]
    case 'discount':
      return [
        ...(threshold > 0 ? ([['使用门槛', `满${formatFen(threshold)}元`]] as [string, string][]) : []),
        ['优惠金额', `¥${formatFen(coupon.discountFen)}`],
      ]
  }
}
