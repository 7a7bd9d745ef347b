import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { counterKeys } from './query-keys'

/** One of the customer's bookings. */
export function getBooking(bookingId: string) {
  return callApi('getBooking', { params: { id: bookingId } })
}

/** One booking; waits without an id. */
export function useBooking(bookingId: string | undefined) {
  return useBankQuery(bookingId ? counterKeys.booking(bookingId) : null, () => getBooking(bookingId!))
}
