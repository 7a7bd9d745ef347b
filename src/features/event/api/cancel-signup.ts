import type { EventSignup } from '@/contract/events'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { SIGNUP_CHANGES } from './query-keys'

/** Cancels one of the customer's sign-ups (until the event starts). */
export function cancelEventSignup(signupId: string, idempotencyKey: string) {
  return callApi('cancelEventSignup', { params: { id: signupId }, body: {} }, { idempotencyKey })
}

/** Cancelling a sign-up; the event, the list and 我的活动 are read again. */
export function useCancelSignup() {
  return useBankMutation(
    (key, signupId: string): Promise<EventSignup> => cancelEventSignup(signupId, key),
    SIGNUP_CHANGES,
  )
}
