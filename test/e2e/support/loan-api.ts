// A customer's loan made over the API, for tests that need one on screen and not the way to it.
import type { FaceChallenge, Loan, LoanApplication, LoanDocument } from '@/contract/loans'
import type { RepaymentMethod } from '@/utils/loan-schedule'
import { isValidCardNumber } from '@/utils/bank-card'
import type { bankUser } from './bank-api'
import { advanceMockClock, readSmsCode } from './mock-process'
import { mockUrl } from './servers'

type Customer = Awaited<ReturnType<typeof bankUser>>

/** A card number with a right Luhn check digit. */
export function cardNumber(body: string): string {
  return body + [...'0123456789'].find((d) => isValidCardNumber(body + d))
}

function expectStatus(what: string, actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`${what} answered ${actual}, not ${expected}`)
}

/**
 * A new application of a real-name customer with every step before the form done: the card (checked,
 * then confirmed with the code its reserved phone receives), the three authorisations and the face
 * check. Answers the application's id. Each customer gets a card of their own (a card has one holder).
 */
export async function readyApplicationOverApi(
  customer: Customer,
  phone: string,
  card = cardNumber(`6210980${phone.slice(-11)}`),
): Promise<string> {
  const started = await customer.post<LoanApplication>('/loan/applications', {})
  expectStatus('start', started.status, 201)
  const id = started.body.id
  const checked = await customer.put(`/loan/applications/${id}/card`, { cardNumber: card })
  expectStatus('card check', checked.status, 202)
  const bound = await customer.put(`/loan/applications/${id}/card`, {
    cardNumber: card,
    smsCode: await readSmsCode(mockUrl(), phone),
  })
  expectStatus('card', bound.status, 200)
  const documents = await customer.get<{ items: LoanDocument[] }>('/loan/documents')
  for (const doc of documents.body.items) {
    const consent = await customer.post(`/loan/applications/${id}/consents`, {
      documentId: doc.id,
      version: doc.version,
    })
    expectStatus('consent', consent.status, 200)
  }
  const challenge = await customer.post<FaceChallenge>(`/loan/applications/${id}/face-challenge`, {})
  const face = await customer.post(`/loan/applications/${id}/face`, {
    challengeId: challenge.body.challengeId,
    digits: challenge.body.digits,
  })
  expectStatus('face', face.status, 200)
  return id
}

/**
 * Takes a real-name customer from a new application to money drawn: card, authorisations, face check,
 * an individual business with 200,000 yuan a year (approved), the contract signed, and one drawdown.
 */
export async function borrowOverApi(
  customer: Customer,
  phone: string,
  drawdown: { amountFen: number; termMonths: number; method: RepaymentMethod },
): Promise<Loan> {
  const id = await readyApplicationOverApi(customer, phone)
  const submitted = await customer.post(`/loan/applications/${id}/submit`, {
    borrowerType: 'individual-business',
    annualIncomeFen: 20_000_000,
    purpose: 'business',
    amountFen: 5_000_000,
    termMonths: drawdown.termMonths,
  })
  expectStatus('submit', submitted.status, 202)
  // The decision runs in stages on the bank's clock.
  await advanceMockClock(mockUrl(), 5)
  const contract = await customer.get<{ version: string }>(`/loan/applications/${id}/contract`)
  expectStatus('contract', contract.status, 200)
  expectStatus('sign code', (await customer.post(`/loan/applications/${id}/sign-code`)).status, 202)
  const signed = await customer.post(`/loan/applications/${id}/sign`, {
    contractVersion: contract.body.version,
    smsCode: await readSmsCode(mockUrl(), phone),
  })
  expectStatus('sign', signed.status, 200)
  expectStatus('drawdown code', (await customer.post('/loan/drawdown-code')).status, 202)
  const drawn = await customer.post<Loan>('/loan/drawdowns', {
    ...drawdown,
    smsCode: await readSmsCode(mockUrl(), phone),
  })
  expectStatus('drawdown', drawn.status, 201)
  return drawn.body
}
