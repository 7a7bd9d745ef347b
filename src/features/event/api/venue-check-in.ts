import type { MyEventSignup } from '@/contract/events'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { SIGNUP_CHANGES } from './query-keys'

/** Checking oneself in with the venue code just scanned; the event, 我的活动 and the pass are read again. */
export function useVenueCheckIn(signupId: string) {
  return useBankMutation(
    (key, venueToken: string): Promise<MyEventSignup> =>
      callApi('checkInAtVenue', { params: { id: signupId }, body: { venueToken } }, { idempotencyKey: key }),
    SIGNUP_CHANGES,
  )
}
