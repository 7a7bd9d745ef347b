import { isMobilePhone } from '@/utils/phone'
import { checkPersonName } from '@/utils/person-name'

describe('isMobilePhone', () => {
  it.each(['13900000001', '15812345678', '19912345678', '16600000000'])('accepts %s', (phone) => {
    expect(isMobilePhone(phone)).toBe(true)
  })
  it.each([
    '12900000001',
    '1390000000',
    '139000000011',
    '+8613900000001',
    '1390000000a',
    '',
    '0523-83230001',
  ])('rejects %s', (phone) => {
    expect(isMobilePhone(phone)).toBe(false)
  })
})

describe('checkPersonName', () => {
  it('accepts 2-20 Chinese characters, with a middle dot between parts', () => {
    expect(checkPersonName('王芳')).toEqual({ valid: true, name: '王芳' })
    expect(checkPersonName(' 王建国 ')).toEqual({ valid: true, name: '王建国' })
    expect(checkPersonName('买买提·艾力')).toEqual({ valid: true, name: '买买提·艾力' })
  })
  it('rejects one character, more than 20, latin letters and stray dots', () => {
    expect(checkPersonName('王').valid).toBe(false)
    expect(checkPersonName('王'.repeat(21)).valid).toBe(false)
    expect(checkPersonName('Wang Jianguo').valid).toBe(false)
    expect(checkPersonName('·王芳').valid).toBe(false)
    expect(checkPersonName('王··芳').valid).toBe(false)
  })
})
