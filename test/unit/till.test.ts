// What the till reads before anything reaches the bank: the coupon's code (its Luhn digit catches a
// slip of the finger), the order amount, the terms in the till's words, request numbers, and the
// statement as CSV a spreadsheet opens safely.
import type { Statement } from '@/contract/redemptions'
import { readOrderAmount, readRedeemCode, termsAtTill } from '@/features/merchant/model/redeem-form'
import { isRequestNo, newRequestNo } from '@/features/merchant/model/request-no'
import { statementCsv, statementFileName } from '@/features/merchant/model/statement-csv'
import { groupRedeemCode, isRedeemCode, luhnDigit } from '@/utils/redeem-code'

describe('the coupon code', () => {
  it('is 11 digits and a Luhn digit, grouped 4-4-4 and read back with spaces or dashes', () => {
    expect(luhnDigit('38291047556')).toBe('7')
    expect(isRedeemCode('382910475567')).toBe(true)
    expect(isRedeemCode('382910475568')).toBe(false)
    expect(groupRedeemCode('382910475567')).toBe('3829 1047 5567')
    expect(readRedeemCode('3829 1047-5567')).toEqual({ ok: true, value: '382910475567' })
  })

  it('says what is wrong with a typed code', () => {
    expect(readRedeemCode('  ')).toEqual({ ok: false, message: '请输入顾客券上的12位数字券码' })
    expect(readRedeemCode('3829 1047 556')).toEqual({ ok: false, message: '券码为12位数字，当前11位' })
    expect(readRedeemCode('3829 1047 5568')).toEqual({ ok: false, message: '券码有误，请逐位核对后重新输入' })
  })
})

describe('the order amount', () => {
  it('is read as integer fen and must reach the threshold', () => {
    expect(readOrderAmount('128.50', 10_000)).toEqual({ ok: true, value: 12_850 })
    expect(readOrderAmount('￥1,280', 10_000)).toEqual({ ok: true, value: 128_000 })
    expect(readOrderAmount('99.99', 10_000)).toEqual({
      ok: false,
      message: '订单金额未满100.00元，不能使用此券',
    })
    expect(readOrderAmount('')).toEqual({ ok: false, message: '请输入本单金额' })
    expect(readOrderAmount('12.345')).toEqual({ ok: false, message: '金额格式有误，如 128 或 128.50' })
    expect(readOrderAmount('0')).toEqual({ ok: false, message: '本单金额需大于0' })
    expect(readOrderAmount('1000000.01')).toEqual({ ok: false, message: '本单金额不能超过1,000,000元' })
  })
})

it('the terms read as the till needs them, by coupon type', () => {
  expect(termsAtTill({ type: 'discount', thresholdFen: 10_000, discountFen: 2_000 })).toEqual([
    ['使用门槛', '满100.00元'],
    ['优惠金额', '¥20.00'],
  ])
  expect(termsAtTill({ type: 'penny', thresholdFen: 1_280, discountFen: 1_279 })).toEqual([
    ['商品原价', '¥12.80'],
    ['顾客只需付', '¥0.01'],
  ])
  expect(termsAtTill({ type: 'topup-rebate', thresholdFen: 50_000, discountFen: 3_000 })).toEqual([
    ['充值门槛', '充满500.00元'],
    ['返还金额', '¥30.00'],
  ])
})

it('a request number is one the bank accepts, and two made at once differ', () => {
  const a = newRequestNo(Date.parse('2026-11-29T06:00:00Z'))
  const b = newRequestNo(Date.parse('2026-11-29T06:00:00Z'))
  expect(isRequestNo(a)).toBe(true)
  expect(a).not.toBe(b)
  expect(newRequestNo(0, () => 0)).toBe('R00000000000')
})

it('the statement CSV opens in a spreadsheet: BOM, CRLF, quoted cells, formulas defused', () => {
  const line = {
    id: 'rd_1',
    requestNo: '=HYPERLINK("x")',
    couponTitle: '满减券, "好邻居"',
    ruleText: '满100减20',
    ownerMasked: '王*国',
    orderAmountFen: 1_234_550,
    discountFen: 2_000,
    redeemedAt: '2026-11-29T06:05:00.000Z',
    businessDate: '2026-11-29',
    canReverse: false,
    replayed: false,
  }
  const statement: Statement = {
    date: '2026-11-29',
    shopName: '戴南/好邻居:超市',
    lines: [line, { ...line, id: 'rd_2', requestNo: 'R2', reversedAt: '2026-11-29T07:00:00.000Z' }],
    totals: { count: 1, orderAmountFen: 1_234_550, discountFen: 2_000 },
  }
  const csv = statementCsv(statement)
  expect(csv.startsWith('\uFEFF核销时间,')).toBe(true)
  const rows = csv.slice(1).split('\r\n')
  expect(rows[1]).toBe(
    `2026-11-29 14:05:00,"'=HYPERLINK(""x"")","满减券, ""好邻居""",满100减20,王*国,12345.50,20.00,已核销`,
  )
  expect(rows[2].endsWith(',已撤销')).toBe(true)
  expect(rows[3]).toBe('合计（1笔，不含已撤销）,,,,,12345.50,20.00,')
  expect(rows[4]).toBe('')
  expect(statementFileName(statement)).toBe('对账单-戴南好邻居超市-2026-11-29.csv')
})
