import type { Booking, RescheduleRequest } from '@/contract/bookings'
import { apiClient } from '@/services/http/client'

/** Moves a booking to another slot; it keeps its number, and the old place is freed. */
export function rescheduleBooking(
  bookingId: string,
  input: RescheduleRequest,
  idempotencyKey: string,
): Promise<Booking> {
  return apiClient.post<Booking>(`/bookings/${encodeURIComponent(bookingId)}/reschedule`, input, {
    idempotencyKey,
  })
}
