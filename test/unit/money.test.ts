import { formatFen, formatRateBp, formatRateRange, formatYuan } from '@/utils/money'

test('fen are shown as yuan with separators and exactly two decimals', () => {
  expect(formatFen(5_000_000)).toBe('50,000.00')
  expect(formatFen(12_000_000_00)).toBe('12,000,000.00')
  expect(formatFen(1)).toBe('0.01')
  expect(formatFen(10)).toBe('0.10')
  expect(formatFen(0)).toBe('0.00')
  expect(formatFen(-123_45)).toBe('-123.45')
  expect(formatYuan(99_999)).toBe('¥999.99')
})

test('fractions of a fen are refused rather than rounded silently', () => {
  expect(() => formatFen(0.5)).toThrow()
  expect(() => formatFen(Number.NaN)).toThrow()
})

test('rates in basis points read as percentages, ranges with an en dash', () => {
  expect(formatRateBp(395)).toBe('3.95%')
  expect(formatRateBp(650)).toBe('6.50%')
  expect(formatRateRange(395, 650)).toBe('3.95%–6.50%')
  expect(formatRateRange(480, 480)).toBe('4.80%')
})
