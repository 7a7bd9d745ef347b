import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { BOOKING_CHANGES, counterKeys } from './query-keys'

/** Cancels a booking (allowed until one hour before its slot). */
export function cancelBooking(bookingId: string, idempotencyKey: string) {
  return callApi('cancelBooking', { params: { id: bookingId } }, { idempotencyKey })
}

/** Cancels `bookingId`: its page shows the answer at once; lists, slots and messages are read again. */
export function useCancelBooking(bookingId: string) {
  return useBankMutation(
    (key) => cancelBooking(bookingId, key),
    BOOKING_CHANGES,
    (booking) => [[counterKeys.booking(booking.id), booking]],
  )
}
