import { checkCalculator, parseAprToBp } from '@/features/loan/model/calculator-form'

const valid = { amount: '50000', term: '12', apr: '3.95', method: 'equal-instalment' }

test('APR text becomes exact basis points', () => {
  expect(parseAprToBp('3.95')).toBe(395)
  expect(parseAprToBp('6.5')).toBe(650)
  expect(parseAprToBp('4%')).toBe(400)
  expect(parseAprToBp('3.955')).toBeUndefined()
  expect(parseAprToBp('abc')).toBeUndefined()
})

test('a valid form gives integer fen, months and basis points', () => {
  expect(checkCalculator(valid)).toEqual({
    input: { principalFen: 5_000_000, termMonths: 12, aprBp: 395, method: 'equal-instalment' },
  })
})

test('each refused field gets its own Chinese message', () => {
  const result = checkCalculator({ amount: '500', term: '48', apr: '30', method: 'balloon' })
  expect(result).toEqual({
    errors: {
      amount: expect.stringContaining('1,000'),
      term: '借款期限须为3至36个月',
      apr: '年化利率须在1%至24%之间',
      method: '请选择还款方式',
    },
  })
  expect(checkCalculator({ ...valid, amount: '50050' })).toEqual({
    errors: { amount: expect.stringContaining('100元') },
  })
  expect(checkCalculator({ ...valid, amount: '' })).toEqual({ errors: { amount: '请输入借款金额' } })
})
