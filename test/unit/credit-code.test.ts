import fc from 'fast-check'
import { checkCreditCode, creditCodeCheckChar, normalizeCreditCode } from '@/utils/credit-code'

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

describe('checkCreditCode (GB 32100)', () => {
  it('accepts the worked examples: the standard one and a Xinghua sole trader', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ kind: 'ok', code: '91350100M000100Y43' })
    expect(checkCreditCode('92321281MA1N2QX79L')).toEqual({ kind: 'ok', code: '92321281MA1N2QX79L' })
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3')
    expect(creditCodeCheckChar('92321281MA1N2QX79')).toBe('L')
  })

  it('tells a wrong check character apart from a malformed code', () => {
    expect(checkCreditCode('92321281MA1N2QX79K')).toEqual({
      kind: 'check-failed',
      code: '92321281MA1N2QX79K',
    })
    expect(checkCreditCode('91350100M000100Y44').kind).toBe('check-failed')
  })

  it.each([
    ['', '统一社会信用代码应为18位'],
    ['92321281MA1N2QX79', '统一社会信用代码应为18位'],
    ['92321281MA1N2QX79LL', '统一社会信用代码应为18位'],
    ['92321281MA1N2QX7IL', '不含I、O、S、V、Z'], // I is not in the alphabet
    ['92321281MA1N2QXO9L', '不含I、O、S、V、Z'],
    ['92321281ma1n2qx79l', '数字或大写字母'], // lower case is the form's to fix, not the bank's to guess
    ['92A21281MA1N2QX79L', '数字或大写字母'], // positions 3-8 are the division code: digits
    ['92321281MA1N2QX79-', '数字或大写字母'],
  ])('refuses %j as malformed', (code, reason) => {
    const result = checkCreditCode(code)
    expect(result.kind).toBe('malformed')
    expect(result.kind === 'malformed' && result.reason).toContain(reason)
  })

  it('normalises what people type: spaces out, upper case', () => {
    expect(normalizeCreditCode(' 9232 1281 ma1n 2qx7 9l ')).toBe('92321281MA1N2QX79L')
  })

  it('a computed check always passes, and any single change of a character fails it', () => {
    const char = fc.constantFrom(...ALPHABET)
    const body = fc
      .tuple(
        fc.array(char, { minLength: 2, maxLength: 2 }),
        fc.array(fc.constantFrom(...'0123456789'), { minLength: 6, maxLength: 6 }),
        fc.array(char, { minLength: 9, maxLength: 9 }),
      )
      .map(([a, b, c]) => [...a, ...b, ...c].join(''))
    fc.assert(
      fc.property(body, fc.nat(17), fc.nat(30), (first17, at, shift) => {
        const code = first17 + creditCodeCheckChar(first17)
        expect(checkCreditCode(code).kind).toBe('ok')
        const digitsOnly = at >= 2 && at <= 7
        const pool = digitsOnly ? '0123456789' : ALPHABET
        const old = pool.indexOf(code[at])
        const replaced = pool[(old + 1 + (shift % (pool.length - 1))) % pool.length]
        const changed = code.slice(0, at) + replaced + code.slice(at + 1)
        expect(checkCreditCode(changed).kind).toBe('check-failed')
      }),
    )
  })
})
