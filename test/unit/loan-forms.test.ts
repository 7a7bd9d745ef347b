// The loan's forms as a customer meets them: card numbers, the application, the drawdown, drafts.
import { ApiError } from '@/services/http/api-error'
import {
  applicationErrorsFromApi,
  checkApplication,
  emptyApplication,
  valuesFromDraft,
} from '@/features/loan/model/application-form'
import { resumeDraft } from '@/features/loan/model/draft-merge'
import { checkDrawdown, drawdownErrorsFromApi, quickAmounts } from '@/features/loan/model/drawdown-form'
import { formatDuration } from '@/features/loan/components/loan-timeline-format'
import { cardNumberProblem, groupCardNumber, isValidCardNumber } from '@/utils/bank-card'

describe('bank card numbers', () => {
  it('accepts numbers whose last digit is the Luhn check digit, and nothing else', () => {
    // Published Luhn test numbers and one changed digit of each.
    expect(isValidCardNumber('4111111111111111')).toBe(true)
    expect(isValidCardNumber('4111111111111112')).toBe(false)
    expect(isValidCardNumber('6011000990139424')).toBe(true)
    expect(isValidCardNumber('6011000990139425')).toBe(false)
  })

  it('explains in Chinese what is wrong with a typed number', () => {
    expect(cardNumberProblem('')).toBe('请输入银行卡号')
    expect(cardNumberProblem('6228 48')).toBe('银行卡号应为16至19位数字')
    expect(cardNumberProblem('6228a80000000000')).toBe('银行卡号只能包含数字')
    expect(cardNumberProblem('4111 1111 1111 1112')).toBe('银行卡号有误，请核对后重新输入')
    expect(cardNumberProblem('4111 1111 1111 1111')).toBeUndefined()
  })

  it('groups digits in fours as printed on the card', () => {
    expect(groupCardNumber('6228480000000000003')).toBe('6228 4800 0000 0000 003')
    expect(groupCardNumber('6228 4800-00')).toBe('6228 4800 00')
  })
})

describe('the application form', () => {
  const valid = {
    borrowerType: 'large-grower',
    income: '200000',
    purpose: 'planting',
    amount: '60000',
    term: '12',
  }

  it('turns what was typed into the request, in fen', () => {
    expect(checkApplication(valid, 8_000_000)).toEqual({
      request: {
        borrowerType: 'large-grower',
        annualIncomeFen: 20_000_000,
        purpose: 'planting',
        amountFen: 6_000_000,
        termMonths: 12,
      },
    })
  })

  it('refuses each bad field with its own message', () => {
    const checked = checkApplication(
      { borrowerType: '', income: '3000.5', purpose: 'travel', amount: '50050', term: '37' },
      8_000_000,
    )
    expect(checked).toEqual({
      errors: {
        borrowerType: '请选择借款人类型',
        income: '年收入请填写整数元，如 80000',
        purpose: '请选择借款用途',
        amount: '借款金额须为100元的整数倍',
        term: '借款期限须为3至36个月',
      },
    })
  })

  it('refuses an amount above the pre-approved limit, but not without one', () => {
    const above = { ...valid, amount: '90000' }
    expect(checkApplication(above, 8_000_000)).toEqual({
      errors: { amount: '借款金额不能超过可用额度80,000元' },
    })
    expect('request' in checkApplication(above)).toBe(true)
    expect(checkApplication({ ...valid, amount: '900' })).toEqual({
      errors: { amount: '借款金额须在1,000元至200,000元之间' },
    })
  })

  it('resumes a draft with only the form’s own fields', () => {
    expect(valuesFromDraft({ income: '1', cardNumber: '4111', evil: 'x' })).toEqual({
      ...emptyApplication,
      income: '1',
    })
    expect(valuesFromDraft(undefined)).toEqual(emptyApplication)
  })

  it('puts the bank’s field messages next to the fields, and anything else under the form', () => {
    const fieldRefusal = new ApiError(400, 'VALIDATION_FAILED', '请求参数有误', {
      fields: [{ field: 'amountFen', message: '借款金额不能超过可用额度50,000元' }],
    })
    expect(applicationErrorsFromApi(fieldRefusal)).toEqual({ amount: '借款金额不能超过可用额度50,000元' })
    const other = new ApiError(409, 'APPLICATION_NOT_EDITABLE', '申请已提交，不能修改')
    expect(applicationErrorsFromApi(other).form).toBe('申请已提交，不能修改')
  })
})

describe('the drawdown form', () => {
  it('keeps a drawdown within the available limit', () => {
    expect(checkDrawdown({ amount: '30000', term: '12', method: 'equal-principal' }, 5_000_000)).toEqual({
      terms: { amountFen: 3_000_000, termMonths: 12, method: 'equal-principal' },
    })
    expect(checkDrawdown({ amount: '60000', term: '2', method: 'weekly' }, 5_000_000)).toEqual({
      errors: {
        amount: '借款金额不能超过可用额度50,000元',
        term: '借款期限须为3至36个月',
        method: '请选择还款方式',
      },
    })
  })

  it('shows a wrong SMS code at the code field', () => {
    const wrong = new ApiError(422, 'SMS_CODE_WRONG', '验证码错误，还可尝试4次', {
      fields: [{ field: 'smsCode', message: '验证码错误，还可尝试4次' }],
    })
    expect(drawdownErrorsFromApi(wrong)).toEqual({ smsCode: '验证码错误，还可尝试4次' })
  })
})

describe('drafts on the device and at the bank', () => {
  const server = { fields: { income: '100000', amount: '50000' }, savedAt: '2026-11-28T10:00:00.000Z' }

  it('resumes from the device when the bank never got its copy, whatever the clocks say', () => {
    const unsent = {
      fields: { income: '120000', cardNumber: '4111' },
      savedAt: '2020-01-01T00:00:00.000Z',
      synced: false,
    }
    expect(resumeDraft(unsent, server)).toEqual({
      fields: { income: '120000', amount: '50000', cardNumber: '4111' },
      aheadOfBank: true,
    })
  })

  it('resumes from the bank once it confirmed the device copy, keeping the card number being typed', () => {
    const synced = {
      fields: { income: '90000', cardNumber: '4111' },
      savedAt: '2030-01-01T00:00:00.000Z',
      synced: true,
    }
    expect(resumeDraft(synced, server)).toEqual({
      fields: { income: '100000', amount: '50000', cardNumber: '4111' },
      aheadOfBank: false,
    })
  })

  it('uses whichever copy exists', () => {
    expect(resumeDraft(undefined, server)).toEqual({ fields: server.fields, aheadOfBank: false })
    expect(resumeDraft({ fields: { term: '6' }, savedAt: server.savedAt, synced: false }, null)).toEqual({
      fields: { term: '6' },
      aheadOfBank: true,
    })
    expect(resumeDraft(undefined, null)).toEqual({ fields: {}, aheadOfBank: false })
  })
})

describe('time to funds', () => {
  it('reads as seconds, minutes, hours or days', () => {
    expect(formatDuration(42)).toBe('42秒')
    expect(formatDuration(372)).toBe('6分12秒')
    expect(formatDuration(3 * 3600 + 120)).toBe('3小时2分')
    expect(formatDuration(26 * 3600)).toBe('1天2小时')
  })
})

describe('quickAmounts', () => {
  it('offers the round amounts that fit and all of what is available, never more than a loan may be', () => {
    expect(quickAmounts(5_000_000)).toEqual([
      { key: '10000', label: '1万' },
      { key: '30000', label: '3万' },
      { key: '50000', label: '全部 50,000' },
    ])
    expect(quickAmounts(2_345_678).map((a) => a.key)).toEqual(['10000', '23400'])
    expect(quickAmounts(50_000_000).at(-1)).toEqual({ key: '200000', label: '全部 200,000' })
    expect(quickAmounts(99_999)).toEqual([])
  })
})
