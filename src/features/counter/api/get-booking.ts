import type { Booking } from '@/contract/bookings'
import { apiClient } from '@/services/http/client'

/** One of the customer's bookings. */
export function getBooking(bookingId: string): Promise<Booking> {
  return apiClient.get<Booking>(`/bookings/${encodeURIComponent(bookingId)}`)
}
