// Expected figures were computed independently of this code, in yuan with exact rationals (Python's
// fractions.Fraction, r = APR/12, P·r·(1+r)^n/((1+r)^n − 1), half up to 0.01 yuan, day counts from
// datetime.date), then written here as fen. Decimal with a pre-divided monthly rate is not exact
// enough: 19.09% / 12 repeats, so an exact half fen reads as …4999 and rounds the wrong way.
import { execFileSync } from 'child_process'
import path from 'path'
import {
  buildSchedule,
  checkLoanAmount,
  checkTermMonths,
  earlyRepaymentQuote,
  REPAYMENT_METHODS,
  type RepaymentMethod,
  type Schedule,
  type ScheduleInput,
} from '@/utils/loan-schedule'

const START = '2026-01-15'
const ROOT = path.resolve(__dirname, '../..')
const DATES_MODULE = path.join(ROOT, 'src/utils/calendar-date.ts')
const BABEL_CONFIG = path.join(ROOT, 'babel.config.js')
const build = (principalFen: number, aprBp: number, termMonths: number, method: RepaymentMethod) =>
  buildSchedule({ principalFen, aprBp, termMonths, method, startDate: START })
const column = (s: Schedule, key: 'principalFen' | 'interestFen' | 'paymentFen' | 'balanceAfterFen') =>
  s.instalments.map((row) => row[key])
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

describe('等额本息 equal instalments', () => {
  it('100,000 yuan, 12 months, 4.35%: 8,530.99 a month, the last one 8,531.01', () => {
    // Exact annuity 8,530.990036… yuan; total interest 2,371.90 yuan.
    const s = build(10_000_000, 435, 12, 'equal-instalment')
    expect(column(s, 'paymentFen')).toEqual([...Array(11).fill(853_099), 853_101])
    expect(column(s, 'interestFen')).toEqual([
      36_250, 33_289, 30_317, 27_335, 24_341, 21_337, 18_322, 15_296, 12_259, 9_211, 6_152, 3_081,
    ])
    expect(column(s, 'principalFen')).toEqual([
      816_849, 819_810, 822_782, 825_764, 828_758, 831_762, 834_777, 837_803, 840_840, 843_888, 846_947,
      850_020,
    ])
    expect(column(s, 'balanceAfterFen').slice(-2)).toEqual([850_020, 0])
    expect(s.totalInterestFen).toBe(237_190)
    expect(s.totalPaymentFen).toBe(10_237_190)
    expect(sum(column(s, 'principalFen'))).toBe(10_000_000)
  })

  it('200,000 yuan, 36 months, 6.50%: 6,129.80 a month, the last one 6,129.82', () => {
    // Exact annuity 6,129.800575… yuan; total interest 20,672.82 yuan.
    const s = build(20_000_000, 650, 36, 'equal-instalment')
    expect(s.instalments[0]).toMatchObject({
      principalFen: 504_647,
      interestFen: 108_333,
      paymentFen: 612_980,
    })
    expect(s.instalments[34]).toMatchObject({
      interestFen: 6_587,
      paymentFen: 612_980,
      balanceAfterFen: 609_680,
    })
    expect(s.instalments[35]).toMatchObject({
      principalFen: 609_680,
      interestFen: 3_302,
      paymentFen: 612_982,
    })
    expect(s.totalInterestFen).toBe(2_067_282)
  })

  it('1,000 yuan, 3 months, 3.95%: 335.53 every month, the rounding evens out', () => {
    const s = build(100_000, 395, 3, 'equal-instalment')
    expect(column(s, 'principalFen')).toEqual([33_224, 33_333, 33_443])
    expect(column(s, 'interestFen')).toEqual([329, 220, 110])
    expect(column(s, 'paymentFen')).toEqual([33_553, 33_553, 33_553])
    expect(s.totalInterestFen).toBe(659)
  })
})

describe('等额本金 equal principal', () => {
  it('100,000 yuan, 12 months, 4.35%: 8,695.83 first, 8,363.58 last', () => {
    const s = build(10_000_000, 435, 12, 'equal-principal')
    expect(column(s, 'principalFen')).toEqual([...Array(11).fill(833_333), 833_337])
    expect(column(s, 'interestFen')).toEqual([
      36_250, 33_229, 30_208, 27_188, 24_167, 21_146, 18_125, 15_104, 12_083, 9_063, 6_042, 3_021,
    ])
    expect(s.instalments[0].paymentFen).toBe(869_583)
    expect(s.instalments[11].paymentFen).toBe(836_358)
    expect(s.totalInterestFen).toBe(235_626)
    expect(s.totalPaymentFen).toBe(10_235_626)
  })

  it('200,000 yuan, 36 months, 6.50%: 6,638.88 first, 5,585.84 last', () => {
    const s = build(20_000_000, 650, 36, 'equal-principal')
    expect(s.instalments[0]).toMatchObject({ principalFen: 555_555, paymentFen: 663_888 })
    expect(s.instalments[35]).toMatchObject({
      principalFen: 555_575,
      interestFen: 3_009,
      paymentFen: 558_584,
    })
    expect(s.totalInterestFen).toBe(2_004_168)
  })

  it('1,000 yuan, 3 months, 3.95%', () => {
    const s = build(100_000, 395, 3, 'equal-principal')
    expect(column(s, 'paymentFen')).toEqual([33_662, 33_552, 33_444])
    expect(s.totalInterestFen).toBe(658)
  })
})

describe('先息后本 interest first', () => {
  it('50,000 yuan, 6 months, 6.50%: 270.83 a month, 50,270.83 at the end', () => {
    const s = build(5_000_000, 650, 6, 'interest-first')
    expect(column(s, 'interestFen')).toEqual(Array(6).fill(27_083))
    expect(column(s, 'principalFen')).toEqual([0, 0, 0, 0, 0, 5_000_000])
    expect(column(s, 'balanceAfterFen')).toEqual([...Array(5).fill(5_000_000), 0])
    expect(s.instalments[5].paymentFen).toBe(5_027_083)
    expect(s.totalInterestFen).toBe(162_498)
  })

  it('200,000 yuan, 36 months, 6.50%: 1,083.33 a month', () => {
    const s = build(20_000_000, 650, 36, 'interest-first')
    expect(s.instalments[0].paymentFen).toBe(108_333)
    expect(s.instalments[35].paymentFen).toBe(20_108_333)
    expect(s.totalInterestFen).toBe(3_899_988)
  })
})

describe('rounding: half up to the fen, computed exactly', () => {
  it('an exact half fen goes up (half-even would give 3.32)', () => {
    // 1,000 yuan × 3.99% / 12 = 3.325 yuan exactly.
    expect(build(100_000, 399, 3, 'interest-first').instalments[0].interestFen).toBe(333)
  })

  it('a half that floating-point yuan would lose still goes up', () => {
    // 1,000 yuan × 4.11% / 12 = 3.425 exactly; 1000 * 0.0411 / 12 in doubles rounds to 3.42.
    expect(build(100_000, 411, 3, 'interest-first').instalments[0].interestFen).toBe(343)
    // 24,600 yuan × 19.09% / 12 = 391.345 exactly.
    expect(build(2_460_000, 1909, 34, 'equal-principal').instalments[0].interestFen).toBe(39_135)
  })
})

describe('APR 0', () => {
  it.each(REPAYMENT_METHODS)('%s: no interest, the remainder fen lands in the last month', (method) => {
    const s = build(100_000, 0, 3, method)
    expect(s.totalInterestFen).toBe(0)
    expect(s.totalPaymentFen).toBe(100_000)
    const expected = method === 'interest-first' ? [0, 0, 100_000] : [33_333, 33_333, 33_334]
    expect(column(s, 'principalFen')).toEqual(expected)
  })
})

describe('due dates', () => {
  const dueDates = (startDate: string, termMonths: number) =>
    buildSchedule({
      principalFen: 100_000,
      aprBp: 395,
      termMonths,
      method: 'equal-principal',
      startDate,
    }).instalments.map((row) => row.dueDate)

  it('a start on the 31st keeps the 31st where the month has one', () => {
    expect(dueDates('2026-01-31', 6)).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
    ])
  })

  it('leap years, year ends and the 29th', () => {
    expect(dueDates('2027-12-31', 3)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31'])
    expect(dueDates('2026-11-29', 4)).toEqual(['2026-12-29', '2027-01-29', '2027-02-28', '2027-03-29'])
    expect(dueDates(START, 36).at(-1)).toBe('2029-01-15')
  })

  it('do not depend on the machine time zone', () => {
    // Jest hands tests a copy of process.env, so TZ can only be changed in a fresh Node process: it
    // compiles the date module with the project's Babel config and answers in several zones.
    const script = `
      const babel = require('@babel/core')
      const { code } = babel.transformFileSync(${JSON.stringify(DATES_MODULE)}, { configFile: ${JSON.stringify(BABEL_CONFIG)} })
      const m = { exports: {} }
      new Function('exports', 'module', 'require', code)(m.exports, m, require)
      const answers = {}
      for (const tz of ['Pacific/Kiritimati', 'Asia/Shanghai', 'America/Los_Angeles']) {
        process.env.TZ = tz
        answers[tz] = [1, 2, 13].map((n) => m.exports.addMonthsClamped('2026-01-31', n))
          .concat(String(m.exports.daysBetween('2026-03-01', '2026-03-15')))
      }
      process.stdout.write(JSON.stringify(answers))
    `
    const output = execFileSync(process.execPath, ['-e', script], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test' },
    })
    const expected = ['2026-02-28', '2026-03-31', '2027-02-28', '14']
    expect(JSON.parse(output.toString())).toEqual({
      'Pacific/Kiritimati': expected,
      'Asia/Shanghai': expected,
      'America/Los_Angeles': expected,
    })
  })
})

describe('invariants over many loans', () => {
  const amountsYuan = [1_000, 1_100, 3_700, 10_000, 55_500, 99_900, 123_400, 200_000]
  const terms = [3, 5, 6, 12, 18, 24, 35, 36]
  const rates = [0, 1, 395, 411, 435, 480, 650, 1_800, 2_400]

  /** What is wrong with a schedule, as short notes (empty when it keeps every invariant). */
  const violations = (s: Schedule): string[] => {
    const found: string[] = []
    const rows = s.instalments
    const payments = column(s, 'paymentFen')
    if (rows.length !== s.termMonths) found.push('length')
    if (sum(column(s, 'principalFen')) !== s.principalFen) found.push('principal sum')
    if (rows.at(-1)!.balanceAfterFen !== 0) found.push('final balance')
    if (s.totalInterestFen !== sum(column(s, 'interestFen'))) found.push('total interest')
    if (s.totalPaymentFen !== s.principalFen + s.totalInterestFen) found.push('total payment')
    let before = s.principalFen
    for (const row of rows) {
      if (!Number.isSafeInteger(row.interestFen) || row.interestFen < 0) found.push(`interest ${row.index}`)
      if (!Number.isSafeInteger(row.principalFen) || row.principalFen < 0)
        found.push(`principal ${row.index}`)
      if (row.balanceAfterFen !== before - row.principalFen || row.balanceAfterFen < 0)
        found.push(`balance ${row.index}`)
      if (row.paymentFen !== row.principalFen + row.interestFen) found.push(`payment ${row.index}`)
      before = row.balanceAfterFen
    }
    if (s.method === 'equal-instalment' && s.aprBp > 0) {
      // Only the last instalment may differ, and only by the rounding carried along (≤ 1 fen a month).
      if (new Set(payments.slice(0, -1)).size !== 1) found.push('equal payments')
      if (Math.abs(payments.at(-1)! - payments[0]) > s.termMonths) found.push('last payment drift')
    }
    if (s.method === 'interest-first' && new Set(column(s, 'interestFen')).size !== 1)
      found.push('flat interest')
    if (s.method === 'equal-principal' && new Set(column(s, 'principalFen').slice(0, -1)).size > 1)
      found.push('equal principal')
    return found
  }

  it('principal sums to P, balances fall to 0, interest ≥ 0, instalments add up', () => {
    const failures: string[] = []
    let checked = 0
    for (const yuan of amountsYuan)
      for (const termMonths of terms)
        for (const aprBp of rates)
          for (const method of REPAYMENT_METHODS) {
            const found = violations(build(yuan * 100, aprBp, termMonths, method))
            if (found.length) failures.push(`${yuan}元 ${termMonths}个月 ${aprBp}bp ${method}: ${found}`)
            checked++
          }
    expect(failures).toEqual([])
    expect(checked).toBe(amountsYuan.length * terms.length * rates.length * 3)
  })

  it('the invariant check itself catches a broken schedule', () => {
    const s = build(100_000, 395, 3, 'equal-instalment')
    const broken = {
      ...s,
      instalments: s.instalments.map((row, i) => (i === 0 ? { ...row, paymentFen: 1 } : row)),
    }
    expect(violations(s)).toEqual([])
    expect(violations(broken)).toEqual(['payment 1', 'equal payments', 'last payment drift'])
  })

  it('the schedule is the same whatever the start date, only the due dates move', () => {
    const a = buildSchedule({
      principalFen: 5_000_000,
      aprBp: 480,
      termMonths: 12,
      method: 'equal-instalment',
      startDate: '2026-01-31',
    })
    const b = buildSchedule({
      principalFen: 5_000_000,
      aprBp: 480,
      termMonths: 12,
      method: 'equal-instalment',
      startDate: '2026-06-01',
    })
    expect(column(a, 'paymentFen')).toEqual(column(b, 'paymentFen'))
  })
})

describe('programming errors throw', () => {
  const ok: ScheduleInput = {
    principalFen: 100_000,
    aprBp: 395,
    termMonths: 3,
    method: 'equal-instalment',
    startDate: START,
  }
  it.each<[string, Partial<ScheduleInput>]>([
    ['fractional fen', { principalFen: 100_000.5 }],
    ['NaN fen', { principalFen: Number.NaN }],
    ['zero principal', { principalFen: 0 }],
    ['negative principal', { principalFen: -100_000 }],
    ['fractional basis points', { aprBp: 395.5 }],
    ['negative rate', { aprBp: -1 }],
    ['zero term', { termMonths: 0 }],
    ['fractional term', { termMonths: 3.5 }],
    ['unknown method', { method: 'balloon' as RepaymentMethod }],
    ['impossible date', { startDate: '2026-02-30' }],
    ['not a date', { startDate: '2026/01/15' }],
  ])('%s', (_, patch) => {
    expect(() => buildSchedule({ ...ok, ...patch })).toThrow()
  })

  it('the untouched input is fine', () => {
    expect(() => buildSchedule(ok)).not.toThrow()
  })
})

describe('early repayment quote (ACT/360)', () => {
  const loan = build(10_000_000, 435, 12, 'equal-instalment')

  it('three instalments paid, repaid 18 days after the third due date', () => {
    // 75,405.59 yuan × 4.35% / 360 × 18 (2026-04-15 → 2026-05-03) = 164.00715825 → 164.01.
    expect(
      earlyRepaymentQuote({ schedule: loan, paidInstalments: 3, dateIso: '2026-05-03', aprBp: 435 }),
    ).toEqual({
      outstandingPrincipalFen: 7_540_559,
      accruedInterestFen: 16_401,
      totalFen: 7_556_960,
      days: 18,
    })
  })

  it('nothing paid yet: accrual runs from the start date', () => {
    // 50,000 yuan × 6.50% / 360 × 10 (2026-01-31 → 2026-02-10) = 90.2777… → 90.28.
    const schedule = buildSchedule({
      principalFen: 5_000_000,
      aprBp: 650,
      termMonths: 6,
      method: 'interest-first',
      startDate: '2026-01-31',
    })
    expect(earlyRepaymentQuote({ schedule, paidInstalments: 0, dateIso: '2026-02-10', aprBp: 650 })).toEqual({
      outstandingPrincipalFen: 5_000_000,
      accruedInterestFen: 9_028,
      totalFen: 5_009_028,
      days: 10,
    })
  })

  it('an exact half fen of accrual goes up', () => {
    // 1,000 yuan × 4.11% / 360 × 6 (2026-02-28 → 2026-03-06) = 0.685 exactly → 0.69.
    const schedule = buildSchedule({
      principalFen: 100_000,
      aprBp: 411,
      termMonths: 3,
      method: 'interest-first',
      startDate: '2026-01-31',
    })
    const quote = earlyRepaymentQuote({ schedule, paidInstalments: 1, dateIso: '2026-03-06', aprBp: 411 })
    expect(quote).toEqual({
      outstandingPrincipalFen: 100_000,
      accruedInterestFen: 69,
      totalFen: 100_069,
      days: 6,
    })
  })

  it('on the day an instalment was paid, no interest has accrued; the rate can be overridden', () => {
    expect(
      earlyRepaymentQuote({ schedule: loan, paidInstalments: 3, dateIso: '2026-04-15', aprBp: 435 }),
    ).toMatchObject({ accruedInterestFen: 0, totalFen: 7_540_559, days: 0 })
    expect(
      earlyRepaymentQuote({ schedule: loan, paidInstalments: 3, dateIso: '2026-05-03', aprBp: 0 }).totalFen,
    ).toBe(7_540_559)
    expect(
      earlyRepaymentQuote({ schedule: loan, paidInstalments: 3, dateIso: '2026-05-03' }).accruedInterestFen,
    ).toBe(16_401)
  })

  it('a fully repaid loan owes nothing', () => {
    expect(
      earlyRepaymentQuote({ schedule: loan, paidInstalments: 12, dateIso: '2027-02-01', aprBp: 435 }),
    ).toEqual({
      outstandingPrincipalFen: 0,
      accruedInterestFen: 0,
      totalFen: 0,
      days: 0,
    })
  })

  it('refuses dates outside the current period and impossible instalment counts', () => {
    const quote = (paidInstalments: number, dateIso: string) => () =>
      earlyRepaymentQuote({ schedule: loan, paidInstalments, dateIso, aprBp: 435 })
    expect(quote(3, '2026-04-14')).toThrow() // before the last paid due date
    expect(quote(3, '2026-05-15')).toThrow() // instalment 4 is due that day: pay it first
    expect(quote(0, '2026-01-14')).toThrow() // before the loan started
    expect(quote(13, '2026-05-03')).toThrow()
    expect(quote(1.5, '2026-05-03')).toThrow()
    expect(quote(3, '2026-05-32')).toThrow()
  })
})

describe('what a customer may ask for', () => {
  const RANGE = '借款金额须在1,000元至200,000元之间'

  it('amount: 1,000 to 200,000 yuan inclusive, whole hundreds', () => {
    expect(checkLoanAmount(100_000)).toEqual({ valid: true })
    expect(checkLoanAmount(20_000_000)).toEqual({ valid: true })
    expect(checkLoanAmount(5_550_000)).toEqual({ valid: true })
    expect(checkLoanAmount(99_999)).toEqual({ valid: false, reason: RANGE })
    expect(checkLoanAmount(90_000)).toEqual({ valid: false, reason: RANGE })
    expect(checkLoanAmount(20_010_000)).toEqual({ valid: false, reason: RANGE })
    expect(checkLoanAmount(5_555_000)).toEqual({ valid: false, reason: '借款金额须为100元的整数倍' })
    expect(checkLoanAmount(5_550_001)).toEqual({ valid: false, reason: '借款金额须为100元的整数倍' })
    expect(checkLoanAmount(5_550_000.5)).toEqual({ valid: false, reason: '借款金额格式不正确' })
    expect(checkLoanAmount(Number.NaN).valid).toBe(false)
  })

  it('amount: never above the available limit', () => {
    expect(checkLoanAmount(5_000_000, 5_000_000)).toEqual({ valid: true })
    expect(checkLoanAmount(5_010_000, 5_000_000)).toEqual({
      valid: false,
      reason: '借款金额不能超过可用额度50,000元',
    })
    // Above both the product maximum and the limit: the customer's own limit is the useful answer.
    expect(checkLoanAmount(30_000_000, 12_345_678)).toEqual({
      valid: false,
      reason: '借款金额不能超过可用额度123,456.78元',
    })
    // A limit above the product maximum does not lift it.
    expect(checkLoanAmount(25_000_000, 30_000_000)).toEqual({ valid: false, reason: RANGE })
    expect(() => checkLoanAmount(100_000, 0.5)).toThrow()
  })

  it('term: whole months from 3 to 36', () => {
    for (const n of [3, 12, 36]) expect(checkTermMonths(n)).toEqual({ valid: true })
    for (const n of [0, 2, 37, 12.5, Number.NaN])
      expect(checkTermMonths(n)).toEqual({ valid: false, reason: '借款期限须为3至36个月' })
  })
})
