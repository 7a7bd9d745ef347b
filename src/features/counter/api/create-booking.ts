import type { Booking, CreateBookingRequest } from '@/contract/bookings'
import { apiClient } from '@/services/http/client'

/** Books a slot; the idempotency key makes a repeated tap or retry book it once. */
export function createBooking(input: CreateBookingRequest, idempotencyKey: string): Promise<Booking> {
  return apiClient.post<Booking>('/bookings', input, { idempotencyKey })
}
