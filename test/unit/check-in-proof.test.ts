import { codeProof, rowProof } from '@/features/staff/model/check-in-proof'
import { groupCheckInCode } from '@/features/counter/model/check-in-code'

describe('what counter staff type to check a customer in', () => {
  it('the code field takes 6 digits, read out with spaces or not', () => {
    expect(codeProof('883 717')).toEqual({ ok: true, body: { checkInCode: '883717' } })
    expect(codeProof('')).toEqual({ ok: false, message: '请输入客户预约页上的6位签到码' })
    expect(codeProof('12345')).toEqual({ ok: false, message: '签到码为6位数字' })
    expect(codeProof('YY20261130-0001')).toEqual({ ok: false, message: '签到码为6位数字' })
  })

  it("a row takes the row's code or, for a real-name customer, the ID tail with X in either case", () => {
    expect(rowProof('bk_1', '883717', true)).toEqual({
      ok: true,
      body: { bookingId: 'bk_1', checkInCode: '883717' },
    })
    expect(rowProof('bk_1', '123x', true)).toEqual({ ok: true, body: { bookingId: 'bk_1', idTail: '123X' } })
    expect(rowProof('bk_1', '1234', false)).toEqual({ ok: false, message: '请输入6位签到码' })
    expect(rowProof('bk_1', '12', true)).toEqual({ ok: false, message: '请输入6位签到码或身份证后4位' })
    expect(rowProof('bk_1', ' ', true)).toEqual({ ok: false, message: '请输入客户的6位签到码或身份证后4位' })
  })

  it('the customer sees the code in two groups of three', () => {
    expect(groupCheckInCode('883717')).toBe('883 717')
  })
})
