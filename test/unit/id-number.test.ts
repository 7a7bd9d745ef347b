import { ageOn, checkIdNumber, computeIdCheckDigit, makeIdNumber } from '@/utils/id-number'

const today = new Date('2026-11-20T09:00:00+08:00')

describe('checkIdNumber (GB 11643-1999)', () => {
  it('accepts real-format numbers whose check digit is computed with the standard weights', () => {
    // Check digits below were computed independently (weights 7,9,10,...; map 10X98765432).
    for (const id of ['321281196803150312', '440306198512120018', '321281200002290023']) {
      expect(checkIdNumber(id, today)).toMatchObject({ valid: true, idNumber: id })
    }
  })

  it('accepts an X check digit, upper or lower case', () => {
    expect(checkIdNumber('11010519491231002X', today)).toMatchObject({
      valid: true,
      idNumber: '11010519491231002X',
    })
    expect(checkIdNumber('11010519491231002x', today)).toMatchObject({
      valid: true,
      idNumber: '11010519491231002X',
    })
    expect(computeIdCheckDigit('11010519491231002')).toBe('X')
  })

  it('reads birth date and gender', () => {
    expect(checkIdNumber('321281196803150312', today)).toMatchObject({
      birthDate: '1968-03-15',
      gender: 'male',
      regionCode: '321281',
    })
    expect(checkIdNumber('321281200002290023', today)).toMatchObject({ gender: 'female' })
  })

  it('rejects a wrong check digit', () => {
    expect(checkIdNumber('321281196803150313', today)).toEqual({
      valid: false,
      reason: '身份证号校验位不正确',
    })
    expect(checkIdNumber('110105194912310021', today)).toEqual({
      valid: false,
      reason: '身份证号校验位不正确',
    })
  })

  it('rejects impossible or future birth dates', () => {
    const withCheck = (first17: string) => first17 + computeIdCheckDigit(first17)
    expect(checkIdNumber(withCheck('32128119680230031'), today)).toEqual({
      valid: false,
      reason: '出生日期无效',
    })
    expect(checkIdNumber(withCheck('32128119991301031'), today)).toEqual({
      valid: false,
      reason: '出生日期无效',
    })
    expect(checkIdNumber(withCheck('32128120010229031'), today)).toEqual({
      valid: false,
      reason: '出生日期无效',
    })
    expect(checkIdNumber(withCheck('32128120261121031'), today)).toEqual({
      valid: false,
      reason: '出生日期无效',
    })
    expect(checkIdNumber(withCheck('32128120261120031'), today).valid).toBe(true)
  })

  it('rejects wrong length and bad characters', () => {
    expect(checkIdNumber('32128119680315031', today)).toEqual({ valid: false, reason: '身份证号应为18位' })
    expect(checkIdNumber('3212811968031503122', today)).toEqual({ valid: false, reason: '身份证号应为18位' })
    expect(checkIdNumber('32128119680315X312', today)).toEqual({ valid: false, reason: '身份证号格式不正确' })
  })

  it('makeIdNumber builds numbers that pass', () => {
    const id = makeIdNumber('321281', '19900101', '123')
    expect(id).toBe('321281199001011234')
    expect(checkIdNumber(id, today).valid).toBe(true)
  })
})

describe('ageOn', () => {
  it('counts whole years, the birthday itself included', () => {
    const id = makeIdNumber('321281', '20081120', '123')
    expect(ageOn(id, '2026-11-19')).toBe(17)
    expect(ageOn(id, '2026-11-20')).toBe(18)
    expect(ageOn(makeIdNumber('321281', '19600229', '123'), '2026-02-28')).toBe(65)
    expect(ageOn(makeIdNumber('321281', '19600229', '123'), '2026-03-01')).toBe(66)
  })
})
