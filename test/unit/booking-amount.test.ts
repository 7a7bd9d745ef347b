import { bookingAmountHint, checkBookingAmount } from '@/utils/booking-amount'

const LARGE_CASH = {
  needsAmount: true,
  minAmountFen: 5_000_000,
  maxAmountFen: 100_000_000,
  amountStepFen: 10_000,
}

test('large cash: required, 50,000 to 1,000,000 yuan, whole hundreds', () => {
  expect(checkBookingAmount(LARGE_CASH, 5_000_000)).toEqual({ valid: true })
  expect(checkBookingAmount(LARGE_CASH, 100_000_000)).toEqual({ valid: true })
  expect(checkBookingAmount(LARGE_CASH, undefined)).toEqual({ valid: false, reason: '请填写取现金额' })
  expect(checkBookingAmount(LARGE_CASH, 4_990_000)).toEqual({
    valid: false,
    reason: '取现金额不能低于50,000元',
  })
  expect(checkBookingAmount(LARGE_CASH, 100_010_000)).toEqual({
    valid: false,
    reason: '取现金额不能超过1,000,000元',
  })
  expect(checkBookingAmount(LARGE_CASH, 5_000_050)).toEqual({
    valid: false,
    reason: '取现金额须为100元的整数倍',
  })
  expect(checkBookingAmount(LARGE_CASH, 5_000_000.5).valid).toBe(false)
  expect(checkBookingAmount(LARGE_CASH, 1e300).valid).toBe(false)
})

test('services without an amount refuse one', () => {
  expect(checkBookingAmount({ needsAmount: false }, undefined)).toEqual({ valid: true })
  expect(checkBookingAmount({ needsAmount: false }, 100)).toEqual({
    valid: false,
    reason: '该业务无需填写金额',
  })
})

describe('bookingAmountHint', () => {
  it('states the rule of the service the bank sent, in the words of its refusals', () => {
    expect(
      bookingAmountHint({
        needsAmount: true,
        minAmountFen: 5_000_000,
        maxAmountFen: 100_000_000,
        amountStepFen: 10_000,
      }),
    ).toBe('50,000元起，最多1,000,000元，须为100元的整数倍')
    expect(bookingAmountHint({ needsAmount: true, amountStepFen: 5_000 })).toBe('须为50元的整数倍')
  })
})
