// The customer's loan application, step by step: every call answers the application as it now is.
import type { SmsCodeResult } from '@/contract/auth'
import type {
  FaceChallenge,
  LoanApplication,
  LoanApplyRequest,
  LoanConsentRequest,
  LoanContract,
  LoanDocument,
  LoanOverview,
} from '@/contract/loans'
import { apiClient } from '@/services/http/client'

const path = (id: string, tail = '') => `/loan/applications/${encodeURIComponent(id)}${tail}`

/** Pre-approval, open or latest application, credit line: what the loan entry page shows. */
export const getLoanOverview = () => apiClient.get<LoanOverview>('/loan/overview')

/** The authorisations to read and agree to, in order (public). */
export async function getLoanDocuments(): Promise<LoanDocument[]> {
  return (await apiClient.get<{ items: LoanDocument[] }>('/loan/documents')).items
}

/** Starts an application, or answers the one already open. */
export const startApplication = (idempotencyKey: string) =>
  apiClient.post<LoanApplication>('/loan/applications', {}, { idempotencyKey })

export const getApplication = (id: string) => apiClient.get<LoanApplication>(path(id))

/** Keeps the form as typed on the bank's side too, so another device or a reinstall resumes it. */
export const saveApplicationDraft = (id: string, fields: Record<string, string>) =>
  apiClient.put<LoanApplication>(path(id, '/draft'), { fields })

export const saveDisbursementCard = (id: string, cardNumber: string, idempotencyKey: string) =>
  apiClient.put<LoanApplication>(path(id, '/card'), { cardNumber }, { idempotencyKey })

export const agreeToDocument = (id: string, consent: LoanConsentRequest, idempotencyKey: string) =>
  apiClient.post<LoanApplication>(path(id, '/consents'), consent, { idempotencyKey })

export const requestFaceChallenge = (id: string, idempotencyKey: string) =>
  apiClient.post<FaceChallenge>(path(id, '/face-challenge'), {}, { idempotencyKey })

export const verifyFace = (id: string, challengeId: string, digits: string, idempotencyKey: string) =>
  apiClient.post<LoanApplication>(path(id, '/face'), { challengeId, digits }, { idempotencyKey })

export const submitApplication = (id: string, input: LoanApplyRequest, idempotencyKey: string) =>
  apiClient.post<LoanApplication>(path(id, '/submit'), input, { idempotencyKey })

export const getApplicationContract = (id: string) => apiClient.get<LoanContract>(path(id, '/contract'))

export const sendSignCode = (id: string, idempotencyKey: string) =>
  apiClient.post<SmsCodeResult>(path(id, '/sign-code'), {}, { idempotencyKey })

export const signContract = (
  id: string,
  input: { contractVersion: string; smsCode: string },
  idempotencyKey: string,
) => apiClient.post<LoanApplication>(path(id, '/sign'), input, { idempotencyKey })
