import type { CreateEventRequest, EventCheckInRequest, EventDetail } from '@/contract/events'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { useBankQuery } from '@/services/query/use-bank-query'
import { eventKeys } from './query-keys'

/** The templates staff publish from, and the towns served. */
export function useEventTemplates() {
  return useBankQuery(eventKeys.templates(), () => callApi('listEventTemplates', {}))
}

/** Publishing an event from a template; the list is read again. */
export function useCreateEvent() {
  return useBankMutation(
    (key, body: CreateEventRequest): Promise<EventDetail> =>
      callApi('createEvent', { body }, { idempotencyKey: key }),
    ['events'],
  )
}

/** Checking an attendee in at the venue. */
export function useEventCheckIn() {
  return useBankMutation(
    (key, body: EventCheckInRequest) => callApi('checkInAtEvent', { body }, { idempotencyKey: key }),
    ['events'],
  )
}

/** The code attendees scan at the venue; a new one every minute (each lives 90 s). */
export function useVenueCode(eventId: string | undefined) {
  return useBankQuery(
    eventId ? eventKeys.venueCode(eventId) : null,
    () => callApi('getEventVenueCode', { params: { id: eventId! } }),
    { refreshMs: VENUE_CODE_RENEW_MS },
  )
}

/** How often the venue code is renewed on screen. */
export const VENUE_CODE_RENEW_MS = 60_000

/** The events the staff member's branch hosts that have not ended: what 活动签到 checks people in to. */
export function useHostedEvents() {
  return useBankQuery(eventKeys.hosted(), () => callApi('listHostedEvents', {}))
}
