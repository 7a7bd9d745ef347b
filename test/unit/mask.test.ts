import { maskIdNumber, maskName, maskPhone } from '@/utils/mask'

describe('masking', () => {
  it('maskPhone keeps the first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone('13900000001')).toBe('139****0001')
  })

  it('maskName keeps the first and last character, 2-char names keep the first', () => {
    expect(maskName('王建国')).toBe('王*国')
    expect(maskName('王芳')).toBe('王*')
    expect(maskName('欧阳小明')).toBe('欧**明')
    expect(maskName('王')).toBe('*')
  })

  it('maskIdNumber keeps only the first and last character and the length', () => {
    const masked = maskIdNumber('11010519491231002X')
    expect(masked).toBe(`1${'*'.repeat(16)}X`)
    expect(masked).toHaveLength(18)
  })
})
