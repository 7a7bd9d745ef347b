import type { EventSignup, EventSignupRequest } from '@/contract/events'
import { clearVisitorToken, loadVisitorToken } from '@/services/campaign/visitor-token'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { SIGNUP_CHANGES } from './query-keys'

/**
 * Signs up for the event; the key makes a retried tap answer the first sign-up. The device's
 * anonymous visitor token goes along, so campaign links opened before logging in are credited.
 */
export async function signUpForEvent(eventId: string, body: EventSignupRequest, idempotencyKey: string) {
  const visitorToken = loadVisitorToken()
  const signup = await callApi(
    'signUpForEvent',
    { params: { id: eventId }, body: visitorToken ? { ...body, visitorToken } : body },
    { idempotencyKey },
  )
  // Bound to this customer now; another customer on this phone must not inherit these visits.
  if (visitorToken) clearVisitorToken()
  return signup
}

/** Signing up for `eventId`; the event, the list and 我的活动 are read again. */
export function useSignUp(eventId: string) {
  return useBankMutation(
    (key, body: EventSignupRequest): Promise<EventSignup> => signUpForEvent(eventId, body, key),
    SIGNUP_CHANGES,
  )
}
