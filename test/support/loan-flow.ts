// Drives the Sunshine e-loan API for tests: an application up to any step, a signed credit line.
import { SEED_CARDS } from '../../mock/seed/cards'
import type { ErrorBody } from '@/contract/common'
import type { FaceChallenge, Loan, LoanApplication, LoanApplyRequest } from '@/contract/loans'
import { api, post, type QuickSession, type TestBank } from './api-app'

/** Current version of every loan document. */
export const DOC_VERSION = '2026-11-01'
export const CONSENT_DOCS = ['credit-report', 'personal-info', 'face-biometric'] as const

/** `body` (15-18 digits) completed with its Luhn check digit. */
export function withCheckDigit(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    // Counted from the right of the final number, the check digit being position 0.
    let digit = Number(body[body.length - 1 - i])
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
    sum += digit
  }
  return body + String((10 - (sum % 10)) % 10)
}

/** A card of the bank itself (621098…) and one of another bank. */
export const OWN_CARD = withCheckDigit('621098123456789012')
/** A card of the bank's own in this customer's name: 王建国 (13900000001) holds OWN_CARD, others one each. */
export const cardOf = (phone: string) =>
  phone === '13900000001' ? OWN_CARD : withCheckDigit(`6231380${phone.slice(-11)}`)
export const OTHER_CARD = withCheckDigit('622848000000000')
/** The mock's sample card whose balance never covers an instalment: the due-date debit fails. */
export const LOW_BALANCE_CARD = '6222020000000000885'

/** A body a whitelisted customer (王建国, limit 50,000 yuan) may submit. */
export const APPLY: LoanApplyRequest = {
  borrowerType: 'large-grower',
  annualIncomeFen: 12_000_000,
  purpose: 'breeding',
  amountFen: 3_000_000,
  termMonths: 12,
}

/** Request helpers bound to one bank and one customer. */
export function loanClient(bank: TestBank, s: { auth: Record<string, string> }) {
  const send = (
    method: 'POST' | 'PUT',
    path: string,
    body: unknown = {},
    headers: Record<string, string> = {},
  ) =>
    bank.app.inject({ method, url: api(path), payload: body as object, headers: { ...s.auth, ...headers } })
  const read = (path: string) => bank.app.inject({ method: 'GET', url: api(path), headers: s.auth })
  const app = (id: string, tail = '') => `/loan/applications/${id}${tail}`
  return {
    send,
    read,
    start: (headers: Record<string, string> = {}) => send('POST', '/loan/applications', {}, headers),
    get: async (id: string) => (await read(app(id))).json<LoanApplication>(),
    card: (id: string, cardNumber: string) => send('PUT', app(id, '/card'), { cardNumber }),
    consent: (id: string, documentId: string, version = DOC_VERSION) =>
      send('POST', app(id, '/consents'), { documentId, version }),
    challenge: (id: string) => send('POST', app(id, '/face-challenge')),
    face: (id: string, challengeId: string, digits: string) =>
      send('POST', app(id, '/face'), { challengeId, digits }),
    submit: (id: string, body: unknown, headers: Record<string, string> = {}) =>
      send('POST', app(id, '/submit'), body, headers),
    signCode: (id: string) => send('POST', app(id, '/sign-code')),
    sign: (
      id: string,
      smsCode: string,
      contractVersion = DOC_VERSION,
      headers: Record<string, string> = {},
    ) => send('POST', app(id, '/sign'), { contractVersion, smsCode }, headers),
    drawCode: () => send('POST', '/loan/drawdown-code'),
    repayCode: (loanId: string) => send('POST', `/loans/${loanId}/repayment-code`),
    repay: (loanId: string, body: Record<string, unknown>) =>
      send('POST', `/loans/${loanId}/repayments`, body),
    repayEarly: (loanId: string, body: Record<string, unknown>) =>
      send('POST', `/loans/${loanId}/early-repayment`, body),
    draw: (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      send('POST', '/loan/drawdowns', body, headers),
  }
}

/** Error code of an answer. */
export const codeOf = (res: { json: () => unknown }) => (res.json() as ErrorBody).code

/** A draft with card, every consent and a passed face check: ready for the details. */
export async function readyDraft(bank: TestBank, s: QuickSession, card = cardOf(s.phone)): Promise<string> {
  const c = loanClient(bank, s)
  const started = await c.start()
  if (started.statusCode !== 201) throw new Error(`start ${started.statusCode} ${started.body}`)
  const id = started.json<LoanApplication>().id
  const bound = await bindCard(bank, s, id, card)
  if (bound.statusCode !== 200) throw new Error(`card ${bound.statusCode} ${bound.body}`)
  for (const doc of CONSENT_DOCS) await c.consent(id, doc)
  const challenge = (await c.challenge(id)).json<FaceChallenge>()
  const face = await c.face(id, challenge.challengeId, challenge.digits)
  if (face.statusCode !== 200) throw new Error(`face ${face.statusCode} ${face.body}`)
  return id
}

/** Submits and lets the four decision stages run; answers the decided application. */
export async function decided(
  bank: TestBank,
  s: QuickSession,
  body: LoanApplyRequest = APPLY,
  card = cardOf(s.phone),
) {
  const id = await readyDraft(bank, s, card)
  const submitted = await loanClient(bank, s).submit(id, body)
  if (submitted.statusCode !== 202) throw new Error(`submit ${submitted.statusCode} ${submitted.body}`)
  bank.clock.advanceSeconds(4)
  return loanClient(bank, s).get(id)
}

/** Signs an approval with a fresh loan-sign code. */
export async function sign(bank: TestBank, s: QuickSession, id: string) {
  const c = loanClient(bank, s)
  const sent = await c.signCode(id)
  if (sent.statusCode !== 202) throw new Error(`sign-code ${sent.statusCode} ${sent.body}`)
  return c.sign(id, bank.lastCode(s.phone))
}

/** A customer with a signed credit line; answers the signed application. */
export async function signedLine(
  bank: TestBank,
  s: QuickSession,
  body: LoanApplyRequest = APPLY,
  card = cardOf(s.phone),
) {
  const app = await decided(bank, s, body, card)
  const signed = await sign(bank, s, app.id)
  if (signed.statusCode !== 200) throw new Error(`sign ${signed.statusCode} ${signed.body}`)
  return signed.json<LoanApplication>()
}

/** Draws with a fresh loan-drawdown code. */
export async function draw(bank: TestBank, s: QuickSession, body: Record<string, unknown>) {
  const c = loanClient(bank, s)
  const sent = await c.drawCode()
  if (sent.statusCode !== 202) throw new Error(`drawdown-code ${sent.statusCode} ${sent.body}`)
  return c.draw({ ...body, smsCode: bank.lastCode(s.phone) })
}

/** Draws and answers the loan (throws unless 201). */
export async function drawLoan(
  bank: TestBank,
  s: QuickSession,
  body: Record<string, unknown>,
): Promise<Loan> {
  const res = await draw(bank, s, body)
  if (res.statusCode !== 201) throw new Error(`drawdown ${res.statusCode} ${res.body}`)
  return res.json<Loan>()
}

/** Binds a real name and ID number to a fresh customer (e.g. a seeded credit-bureau ID). */
export async function bindRealName(bank: TestBank, s: QuickSession, name: string, idNumber: string) {
  const res = await post(bank.app, '/me/real-name', { name, idNumber }, s.auth)
  if (res.statusCode !== 200) throw new Error(`real-name ${res.statusCode} ${res.body}`)
}

/** Pays what the loan's next instalment asks now (payment and penalty) with a fresh repayment code. */
export async function repayDue(bank: TestBank, s: QuickSession, loanId: string) {
  const c = loanClient(bank, s)
  const loan = (await c.read(`/loans/${loanId}`)).json<Loan>()
  const next = loan.nextInstalment!
  const sent = await c.repayCode(loanId)
  if (sent.statusCode !== 202) throw new Error(`repayment-code ${sent.statusCode} ${sent.body}`)
  return c.repay(loanId, {
    index: next.index,
    expectedFen: next.amountDueFen ?? next.paymentFen,
    smsCode: bank.lastCode(s.phone),
  })
}

/** Settles the loan early at today's quote with a fresh repayment code. */
export async function settleEarly(bank: TestBank, s: QuickSession, loanId: string) {
  const c = loanClient(bank, s)
  const quote = (await c.read(`/loans/${loanId}/early-repayment-quote`)).json<{ totalFen: number }>()
  const sent = await c.repayCode(loanId)
  if (sent.statusCode !== 202) throw new Error(`repayment-code ${sent.statusCode} ${sent.body}`)
  return c.repayEarly(loanId, { expectedTotalFen: quote.totalFen, smsCode: bank.lastCode(s.phone) })
}

/** The phone a card's bank texts: the sample records', else the applicant's own. */
export const reservedPhoneOf = (card: string, applicantPhone: string) =>
  SEED_CARDS.find((c) => c.cardNumber === card)?.reservedPhone ?? applicantPhone

/** Binds a card in both steps: the check (202 CODE_SENT), then the reserved phone's code. */
export async function bindCard(bank: TestBank, s: QuickSession, id: string, card: string) {
  const c = loanClient(bank, s)
  const sent = await c.card(id, card)
  if (sent.statusCode !== 202) return sent
  return c.send('PUT', `/loan/applications/${id}/card`, {
    cardNumber: card,
    smsCode: bank.lastCode(reservedPhoneOf(card, s.phone)),
  })
}
