// The customer's loan application, step by step: every call answers the application as it now is.
import type { LoanApplyRequest, LoanConsentRequest } from '@/contract/loans'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'

const application = (id: string) => ({ params: { id } })

/** Starts an application, or answers the one already open. */
export function startApplication(idempotencyKey: string) {
  return callApi('startLoanApplication', {}, { idempotencyKey })
}

/** The application as it now is (the step to do next is the bank's). */
export function getApplication(id: string) {
  return callApi('getLoanApplication', application(id))
}

/** Keeps the form as typed on the bank's side too, so another device or a reinstall resumes it. */
export function saveApplicationDraft(id: string, fields: Record<string, string>) {
  return callApi('saveLoanDraft', { ...application(id), body: { fields } })
}

/** The card the money is paid into. */
export function saveDisbursementCard(
  id: string,
  card: { cardNumber: string; smsCode?: string },
  idempotencyKey: string,
) {
  return callApi('saveLoanCard', { ...application(id), body: card }, { idempotencyKey })
}

/** Agrees to one authorisation, in the version that was read. */
export function agreeToDocument(id: string, consent: LoanConsentRequest, idempotencyKey: string) {
  return callApi('agreeToLoanDocument', { ...application(id), body: consent }, { idempotencyKey })
}

/** Asks for the digits to read aloud in the (simulated) face check. */
export function requestFaceChallenge(id: string, idempotencyKey: string) {
  return callApi('createFaceChallenge', application(id), { idempotencyKey })
}

/** Answers the face check. */
export function verifyFace(id: string, challengeId: string, digits: string, idempotencyKey: string) {
  return callApi('verifyFace', { ...application(id), body: { challengeId, digits } }, { idempotencyKey })
}

/** Submits the application for the credit decision. */
export function submitApplication(id: string, input: LoanApplyRequest, idempotencyKey: string) {
  return callApi('submitLoanApplication', { ...application(id), body: input }, { idempotencyKey })
}

/** Submits application `id`; the entry pages' overview is read again. */
export function useSubmitApplication(id: string) {
  return useBankMutation((key, input: LoanApplyRequest) => submitApplication(id, input, key), ['loan'])
}
