import type { Booking, BookingScope } from '@/contract/bookings'
import { apiClient } from '@/services/http/client'

/** The customer's bookings in one list: upcoming, past or cancelled. */
export async function getBookings(scope: BookingScope): Promise<Booking[]> {
  const { items } = await apiClient.get<{ items: Booking[] }>('/bookings', { params: { scope } })
  return items
}
