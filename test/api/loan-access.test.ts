import type { ErrorBody } from '@/contract/common'
import type { Loan, LoanApplication, LoanOverview } from '@/contract/loans'
import { api, get, logInAs, type QuickSession, bankForEachTest } from '../support/api-app'
import { APPLY, codeOf, drawLoan, loanClient, readyDraft, signedLine } from '../support/loan-flow'

const bank = bankForEachTest()
let wang: QuickSession
beforeEach(async () => {
  wang = logInAs(bank, '13900000001')
})

const count = (table: string) =>
  (bank.app.deps.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n

describe('who sees what', () => {
  it("another customer's application, contract, loan and certificate are 404", async () => {
    const app = await signedLine(bank, wang)
    const loan = await drawLoan(bank, wang, { amountFen: 300_000, termMonths: 3, method: 'equal-principal' })
    const li = loanClient(bank, logInAs(bank, '13900000002'))
    for (const path of [
      `/loan/applications/${app.id}`,
      `/loan/applications/${app.id}/contract`,
      `/loans/${loan.id}`,
      `/loans/${loan.id}/contract`,
      `/loans/${loan.id}/settlement-certificate`,
      `/loans/${loan.id}/early-repayment-quote`,
    ]) {
      const res = await li.read(path)
      expect([path, res.statusCode, codeOf(res)]).toEqual([path, 404, 'NOT_FOUND'])
    }
    for (const [method, path, body] of [
      ['PUT', `/loan/applications/${app.id}/draft`, { fields: {} }],
      ['POST', `/loan/applications/${app.id}/sign`, { contractVersion: '2026-11-01', smsCode: '123456' }],
      ['POST', `/loans/${loan.id}/repayment-code`, {}],
      ['POST', `/loans/${loan.id}/repayments`, { index: 1, expectedFen: 1, smsCode: '123456' }],
      ['POST', `/loans/${loan.id}/early-repayment`, { expectedTotalFen: 1, smsCode: '123456' }],
    ] as const) {
      const res = await li.send(method, path, body)
      expect([path, res.statusCode]).toEqual([path, 404])
    }
    expect((await li.read('/loans')).json()).toEqual({ items: [] })
    expect((await li.read('/loan/overview')).json<LoanOverview>()).toMatchObject({
      application: null,
      creditLine: null,
    })
    expect((await loanClient(bank, wang).read(`/loans/${loan.id}`)).statusCode).toBe(200)
  })

  it('staff and merchants are 403, the logged-out 401; the documents are public', async () => {
    for (const phone of ['13900000101', '13900000201']) {
      const other = loanClient(bank, logInAs(bank, phone))
      expect(codeOf(await other.read('/loan/overview'))).toBe('FORBIDDEN')
      expect((await other.start()).statusCode).toBe(403)
      expect((await other.read('/loans')).statusCode).toBe(403)
    }
    const anon = loanClient(bank, { auth: {} })
    for (const res of [
      await anon.read('/loan/overview'),
      await anon.start(),
      await anon.read('/loans/ln_x'),
    ]) {
      expect(res.statusCode).toBe(401)
      expect(codeOf(res)).toBe('UNAUTHENTICATED')
    }
    expect((await get(bank.app, '/loan/documents')).statusCode).toBe(200)
  })
})

describe('bad input is refused, never a 500', () => {
  it('garbage, wrong types, huge numbers and unknown fields', async () => {
    const app = await signedLine(bank, wang)
    const loan = await drawLoan(bank, wang, { amountFen: 300_000, termMonths: 3, method: 'equal-principal' })
    const liSession = logInAs(bank, '13900000002')
    const id = await readyDraft(bank, liSession)
    const li = loanClient(bank, liSession)
    const c = loanClient(bank, wang)
    const cases: [string, Promise<{ statusCode: number; body: string }>, number][] = [
      [
        'garbage body',
        bank.app.inject({
          method: 'POST',
          url: api(`/loan/applications/${id}/submit`),
          payload: '{"a":',
          headers: { ...liSession.auth, 'content-type': 'application/json' },
        }),
        400,
      ],
      [
        'text body',
        bank.app.inject({
          method: 'POST',
          url: api('/loan/drawdowns'),
          payload: 'amount=1',
          headers: { ...wang.auth, 'content-type': 'text/plain' },
        }),
        415,
      ],
      ['string amount', li.submit(id, { ...APPLY, amountFen: '3000000' }), 400],
      ['huge amount', li.submit(id, { ...APPLY, amountFen: 1e20 }), 400],
      ['fraction amount', li.submit(id, { ...APPLY, amountFen: 3_000_000.5 }), 400],
      ['negative income', li.submit(id, { ...APPLY, annualIncomeFen: -100 }), 400],
      ['huge term', li.submit(id, { ...APPLY, termMonths: 1e9 }), 400],
      ['unknown purpose', li.submit(id, { ...APPLY, purpose: 'gambling' }), 400],
      ['unknown field', li.submit(id, { ...APPLY, approved: true }), 400],
      ['array body', li.submit(id, [APPLY]), 400],
      ['card with letters', li.card(id, '6228abcd00000000'), 400],
      ['card too long', li.card(id, '1'.repeat(40)), 400],
      ['unknown document', li.consent(id, 'marketing'), 400],
      [
        'draft key with symbols',
        li.send('PUT', `/loan/applications/${id}/draft`, { fields: { 'a.b': 'x' } }),
        400,
      ],
      [
        'draft value too long',
        li.send('PUT', `/loan/applications/${id}/draft`, { fields: { a: 'x'.repeat(201) } }),
        400,
      ],
      [
        'too many draft keys',
        li.send('PUT', `/loan/applications/${id}/draft`, {
          fields: Object.fromEntries(
            Array.from({ length: 21 }, (_, i) => [`k${String.fromCharCode(97 + i)}`, 'v']),
          ),
        }),
        400,
      ],
      ['face digits', li.face(id, 'fc_x', '12a4'), 400],
      [
        'empty body on start',
        bank.app.inject({
          method: 'POST',
          url: api('/loan/applications'),
          payload: { x: 1 },
          headers: liSession.auth,
        }),
        400,
      ],
      ['sms code format', c.sign(app.id, '12345'), 400],
      [
        'drawdown method',
        c.draw({ amountFen: 300_000, termMonths: 3, method: 'balloon', smsCode: '123456' }),
        400,
      ],
      [
        'drawdown huge amount',
        c.draw({
          amountFen: Number.MAX_SAFE_INTEGER,
          termMonths: 3,
          method: 'equal-principal',
          smsCode: '123456',
        }),
        400,
      ],
      ['huge instalment index', c.repay(loan.id, { index: 1e300, expectedFen: 1, smsCode: '123456' }), 422],
      ['zero instalment index', c.repay(loan.id, { index: 0, expectedFen: 1, smsCode: '123456' }), 400],
      ['string index', c.repay(loan.id, { index: '1', expectedFen: 1, smsCode: '123456' }), 400],
      ['no SMS code', c.repay(loan.id, { index: 1, expectedFen: 1 }), 400],
      ['negative total', c.repayEarly(loan.id, { expectedTotalFen: -1, smsCode: '123456' }), 400],
      ['long id', c.read(`/loans/${'x'.repeat(65)}`), 400],
      ['odd id', c.read('/loans/%27%20OR%201%3D1'), 404],
      ['unknown application', c.read('/loan/applications/la_nope/contract'), 404],
    ]
    for (const [name, pending, status] of cases) {
      const res = await pending
      expect([name, res.statusCode]).toEqual([name, status])
      expect((JSON.parse(res.body) as ErrorBody).message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect((await li.get(id)).status).toBe('draft')
    expect((await c.read(`/loans/${loan.id}`)).json<Loan>().instalments[0].status).toBe('upcoming')
  })
})

describe('retries and races', () => {
  it('submit, sign and drawdown repeated with the same Idempotency-Key happen once', async () => {
    const c = loanClient(bank, wang)
    const id = await readyDraft(bank, wang)
    const key = { 'idempotency-key': 'submit-0001-abc' }
    const first = await c.submit(id, APPLY, key)
    const second = await c.submit(id, APPLY, key)
    expect([first.statusCode, second.statusCode]).toEqual([202, 202])
    expect(second.headers['idempotency-replayed']).toBe('true')
    expect(second.body).toBe(first.body)
    expect(codeOf(await c.submit(id, APPLY))).toBe('APPLICATION_NOT_EDITABLE') // without the key: a new request

    bank.clock.advanceSeconds(4)
    await c.signCode(id)
    const code = bank.lastCode('13900000001')
    const signKey = { 'idempotency-key': 'sign-0001-abcd' }
    const s1 = await c.sign(id, code, undefined, signKey)
    const s2 = await c.sign(id, code, undefined, signKey)
    expect([s1.statusCode, s2.statusCode]).toEqual([200, 200])
    expect(s2.body).toBe(s1.body)
    expect(count('credit_lines')).toBe(1)

    await c.drawCode()
    const body = {
      amountFen: 1_000_000,
      termMonths: 6,
      method: 'equal-instalment',
      smsCode: bank.lastCode('13900000001'),
    }
    const drawKey = { 'idempotency-key': 'draw-0001-abcd' }
    const d1 = await c.draw(body, drawKey)
    const d2 = await c.draw(body, drawKey)
    expect([d1.statusCode, d2.statusCode]).toEqual([201, 201])
    expect(d2.json<Loan>().id).toBe(d1.json<Loan>().id)
    expect(count('loans')).toBe(1)
    expect((await c.read('/loan/overview')).json<LoanOverview>().creditLine?.usedFen).toBe(1_000_000)
  })

  // In one process the requests run one after another; these prove the answers a double tap gets.
  // The race itself is proven across processes in loan-concurrency.test.ts.
  it('ten taps on "apply" in a row make one application and answer it ten times', async () => {
    const c = loanClient(bank, wang)
    const results = await Promise.all(Array.from({ length: 10 }, () => c.start()))
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1)
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(9)
    expect(new Set(results.map((r) => r.json<LoanApplication>().id)).size).toBe(1)
    expect(count('loan_applications')).toBe(1)
  })

  it('ten drawdowns sent at once with one code: one loan, the code is single-use', async () => {
    await signedLine(bank, wang)
    const c = loanClient(bank, wang)
    await c.drawCode()
    const body = {
      amountFen: 1_000_000,
      termMonths: 6,
      method: 'equal-instalment',
      smsCode: bank.lastCode('13900000001'),
    }
    const results = await Promise.all(Array.from({ length: 10 }, () => c.draw(body)))
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1)
    expect(results.filter((r) => codeOf(r) === 'SMS_CODE_NOT_SENT')).toHaveLength(9)
    expect((await c.read('/loan/overview')).json<LoanOverview>().creditLine?.usedFen).toBe(1_000_000)
  })
})
