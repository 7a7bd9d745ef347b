import type { EventSignup, EventSignupRequest } from '@/contract/events'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { SIGNUP_CHANGES } from './query-keys'

/** Signs up for the event; the key makes a retried tap answer the first sign-up. */
export function signUpForEvent(eventId: string, body: EventSignupRequest, idempotencyKey: string) {
  return callApi('signUpForEvent', { params: { id: eventId }, body }, { idempotencyKey })
}

/** Signing up for `eventId`; the event, the list and 我的活动 are read again. */
export function useSignUp(eventId: string) {
  return useBankMutation(
    (key, body: EventSignupRequest): Promise<EventSignup> => signUpForEvent(eventId, body, key),
    SIGNUP_CHANGES,
  )
}
