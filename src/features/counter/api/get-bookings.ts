import type { BookingScope } from '@/contract/bookings'
import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { counterKeys } from './query-keys'

/** The customer's bookings in one list: upcoming, past or cancelled. */
export async function getBookings(scope: BookingScope) {
  return (await callApi('listBookings', { query: { scope } })).items
}

/** One list of the customer's bookings. */
export function useBookings(scope: BookingScope) {
  return useBankQuery(counterKeys.bookings(scope), () => getBookings(scope))
}
