import type { Booking } from '@/contract/bookings'
import { apiClient } from '@/services/http/client'

/** Cancels a booking (allowed until one hour before its slot). */
export function cancelBooking(bookingId: string, idempotencyKey: string): Promise<Booking> {
  return apiClient.post<Booking>(`/bookings/${encodeURIComponent(bookingId)}/cancel`, {}, { idempotencyKey })
}
